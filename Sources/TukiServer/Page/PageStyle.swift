/// The page's stylesheet: high-contrast colours, visible focus, one column on narrow screens,
/// and a print layout for A4 that leaves out the form and the navigation.
enum PageStyle {
    static let css = """
    body { font-family: system-ui, sans-serif; color: #1a1a1a; background: #fff; margin: 0 auto; max-width: 70rem; padding: 1rem; line-height: 1.5; }
    a { color: #0b4f8a; }
    a:focus, input:focus, select:focus, button:focus, summary:focus, .table-wrap:focus { outline: 3px solid #b35c00; outline-offset: 2px; }
    .skip { position: absolute; left: -999px; }
    .skip:focus { left: 1rem; top: 1rem; background: #fff; padding: 0.5rem; }
    header { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: baseline; }
    nav ul { list-style: none; display: flex; gap: 1rem; padding: 0; }
    nav [aria-current] { font-weight: bold; }
    nav li.enter { position: absolute; left: -9999px; }
    form { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 1rem; }
    fieldset { border: 1px solid #767676; padding: 0.5rem 1rem 1rem; }
    legend { font-weight: bold; padding: 0 0.25rem; }
    .field { margin: 0.5rem 0; }
    .field label { display: block; }
    .field.checkbox label { display: inline; }
    input[type=text], select { font: inherit; width: 100%; box-sizing: border-box; padding: 0.35rem; border: 1px solid #555; }
    input[type=checkbox] { width: 1.2rem; height: 1.2rem; vertical-align: middle; }
    button { font: inherit; font-weight: bold; padding: 0.6rem 1.5rem; background: #0b4f8a; color: #fff; border: 0; cursor: pointer; justify-self: start; align-self: start; }
    .has-error input, .has-error select { border: 2px solid #a00000; }
    .field-error, .error-summary { color: #a00000; font-weight: bold; margin: 0.25rem 0; }
    .field-hint { color: #6b4300; font-weight: bold; margin: 0.25rem 0; }
    .error-summary { grid-column: 1 / -1; border: 2px solid #a00000; padding: 0.5rem 1rem; }
    .table-wrap { overflow-x: auto; }
    table { border-collapse: collapse; font-size: 0.9rem; }
    caption { text-align: left; font-style: italic; }
    th, td { border: 1px solid #999; padding: 0.25rem 0.5rem; }
    td { text-align: right; white-space: nowrap; }
    table.sweep td:last-child { text-align: left; white-space: normal; }
    thead th { background: #eef2f6; vertical-align: bottom; }
    figure.chart { margin: 0; }
    figure.chart svg { max-width: 100%; height: auto; }
    .warnings li { margin-bottom: 0.5rem; }
    .required { font-weight: normal; font-size: 0.9em; }
    .notice { border-left: 4px solid #0b4f8a; padding-left: 0.5rem; }
    nav button.language { font: inherit; font-weight: normal; background: none; color: #0b4f8a; text-decoration: underline; padding: 0; }
    .print-only { display: none; }
    table.period { margin: 0 0 0.75rem; }
    dl.inputs { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 1rem; }
    dl.inputs dt { font-weight: bold; }
    dl.inputs dd { margin: 0; }
    .handover { border-top: 1px solid #767676; padding-top: 0.5rem; font-size: 0.9rem; }
    @page { size: A4; margin: 15mm; }
    @media print {
      body { max-width: none; padding: 0; font-size: 10pt; }
      form, nav, .skip, .intro, details, .screen-only { display: none; }
      .print-only { display: block; }
      table { font-size: 7pt; }
      table.period { font-size: 9pt; }
      table.period th[scope=row] { text-align: left; font-weight: normal; }
      th, td { padding: 1px 3px; }
      h2, h3, h4 { break-after: avoid; }
      tr, li, figure { break-inside: avoid; }
      a { color: #000; text-decoration: none; }
    }
    """
}
