/**
 * One style sheet, inlined with a CSP nonce so the pages need no second request. Colours are
 * Fluent 2's, checked for WCAG 2.2 AA contrast on white (brand #0f6cbd 5.4:1, error #b10e1c 7:1,
 * secondary text #616161 6.1:1); focus is a thick outline that is never removed.
 */
export const styles = `
*,*::before,*::after{box-sizing:border-box}
html{font-family:"Segoe UI","Segoe UI Web (West European)",-apple-system,BlinkMacSystemFont,Roboto,"Helvetica Neue",sans-serif;font-size:14px;color:#242424;background:#faf9f8}
body{margin:0;line-height:1.45}
a{color:#0f6cbd}
a:hover{color:#0c3b5e}
:focus-visible{outline:3px solid #0f6cbd;outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem 1rem;z-index:2}
.skip:focus{left:.5rem;top:.5rem}
.suite{background:#0f6cbd;color:#fff;display:flex;align-items:center;gap:1rem;padding:0 1rem;min-height:48px}
.suite .brand{font-weight:600;font-size:16px;color:#fff;text-decoration:none}
.suite .who{margin-left:auto;font-size:13px}
.suite :focus-visible{outline-color:#fff}
.note{margin:0;background:#fff4ce;border-bottom:1px solid #e6d7a1;padding:.5rem 1rem;font-size:13px}
.crumbs{padding:.75rem 1.5rem 0;font-size:13px}
.crumbs ol{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem}
.crumbs li+li::before{content:"›";margin-right:.25rem;color:#616161}
main{padding:.5rem 1.5rem 2rem}
h1{font-size:24px;font-weight:600;margin:.5rem 0 .25rem}
h2{font-size:18px;font-weight:600;margin:1.5rem 0 .5rem}
.lead{color:#616161;margin:0 0 1rem;max-width:60rem}
.bar{display:flex;flex-wrap:wrap;align-items:center;gap:.75rem;margin:0 0 .75rem}
.button{display:inline-block;font:inherit;font-weight:600;border-radius:4px;padding:.4rem 1rem;border:1px solid #0f6cbd;background:#0f6cbd;color:#fff;text-decoration:none;cursor:pointer}
.button:hover{background:#115ea3;color:#fff}
.button.secondary{background:#fff;color:#242424;border-color:#8a8886}
.button.secondary:hover{background:#f5f5f5;color:#242424}
.button.danger{background:#b10e1c;border-color:#b10e1c;color:#fff}
.table-wrap{overflow-x:auto;background:#fff;border:1px solid #e0e0e0;border-radius:4px}
table{border-collapse:collapse;width:100%;background:#fff}
caption{text-align:left;padding:.5rem .75rem;color:#616161;font-size:13px}
th,td{text-align:left;padding:.45rem .75rem;border-bottom:1px solid #edebe9;vertical-align:top;white-space:nowrap}
td.note-cell{max-width:22rem;overflow:hidden;text-overflow:ellipsis}
thead th{font-weight:600;font-size:13px;border-bottom:1px solid #c8c6c4;background:#fff;position:sticky;top:0}
thead th a{color:#242424;text-decoration:none}
thead th a:hover{text-decoration:underline}
thead th[aria-sort] a{color:#0f6cbd}
tbody tr:hover{background:#f5f5f5}
td.num{text-align:right}
.empty{color:#616161;font-style:italic}
.pager{display:flex;gap:1rem;align-items:center;margin:.75rem 0}
.status{border-left:4px solid #107c10;background:#f1faf1;padding:.5rem .75rem;margin:0 0 1rem}
.problem{border:2px solid #b10e1c;border-radius:4px;padding:.75rem 1rem;margin:0 0 1.25rem;background:#fff;max-width:48rem}
.problem h2{margin:0 0 .5rem;color:#b10e1c}
.problem ul{margin:0;padding-left:1.25rem}
.problem a{color:#b10e1c;font-weight:600}
form.editor{background:#fff;border:1px solid #e0e0e0;border-radius:4px;padding:1rem 1.5rem;max-width:48rem}
.field{margin:0 0 1.1rem}
.field.invalid{border-left:4px solid #b10e1c;padding-left:.75rem}
.field label,.field legend{display:block;font-weight:600;margin:0 0 .2rem}
.field fieldset{border:0;margin:0;padding:0}
.req{color:#b10e1c}
.hint{display:block;color:#616161;font-size:13px;margin:0 0 .25rem}
.error{display:block;color:#b10e1c;font-weight:600;margin:0 0 .25rem}
input[type=text],input[type=url],input[type=date],input[type=datetime-local],select,textarea{font:inherit;color:#242424;width:100%;max-width:36rem;padding:.35rem .5rem;border:1px solid #8a8886;border-radius:4px;background:#fff}
select[multiple]{min-height:6rem}
textarea{min-height:5rem;resize:vertical}
textarea.json{font-family:Consolas,"Cascadia Mono",monospace;font-size:13px}
.invalid input,.invalid select,.invalid textarea{border-color:#b10e1c;border-width:2px}
.check{display:flex;align-items:center;gap:.4rem;margin:.15rem 0;font-weight:400}
.check input{width:1.1rem;height:1.1rem;margin:0}
.pair{display:grid;gap:.35rem;max-width:36rem}
.pair label{font-weight:400;font-size:13px;margin:0}
.actions{display:flex;gap:.75rem;margin-top:1.5rem;padding-top:1rem;border-top:1px solid #edebe9}
.meta{color:#616161;font-size:13px;margin:0 0 1rem}
.meta code{font-size:12px}
.visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`;
