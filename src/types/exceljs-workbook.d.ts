/**
 * exceljs's Workbook class by itself. The package's main entry also loads its streaming reader and writer
 * (unzipper, archiver and their dependencies), which reform never uses: ~0.15 s of every build, form and
 * adopt run. The class is the one `import ExcelJS from 'exceljs'` gives as `ExcelJS.Workbook`.
 */
declare module 'exceljs/lib/doc/workbook.js' {
  import type { Workbook } from 'exceljs';
  const WorkbookClass: typeof Workbook;
  export default WorkbookClass;
}
