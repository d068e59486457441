/**
 * What the report looks like on paper (Ctrl+P or the Print button): only the report, landscape,
 * black on white, no header, navigation or buttons, and the whole table rather than a scrolling box.
 */
export const reportPrintStyles = `
@page { size: A4 landscape; margin: 12mm; }
@media print {
  body * { visibility: hidden; }
  #register-report, #register-report * { visibility: visible; }
  #register-report { position: absolute; inset: 0 auto auto 0; width: 100%; color: #000; background: #fff; }
  #register-report .no-print { display: none !important; }
  #register-report .report-print-region { overflow: visible !important; box-shadow: none !important; }
  #register-report table { font-size: 9pt; }
  #register-report th, #register-report td { border-bottom: 1px solid #999; color: #000; background: #fff; }
  #register-report tr { break-inside: avoid; }
}
`;
