/**
 * Tables of the kind an office declares in report.yaml (`tables`), typed by hand as an office types them,
 * without reform's writer: examples/kpi's 数値目標 and 工程表 (half-years under the years), examples/effects'
 * 効果額 table. Numbers are text with their units (182人, 45,298平方メートル, 137.5%, △3,200千円, (12,000)),
 * headings wrapped with Alt+Enter, 番号 and names merged down over an initiative's rows, 部 and 課 on two lines,
 * title rows and notes around the table. One figure is typed wrong on purpose where `wrong` says so.
 */
import type { OfficeCell, OfficeSheet } from './office-xlsx.js';

type Row = (string | number | { text: string; colSpan?: number; rowSpan?: number } | undefined)[];

/** Rows of cells from column A; undefined leaves a cell out (covered by a merge or empty). */
function rows(first: number, list: Row[]): OfficeCell[] {
  return list.flatMap((r, i) =>
    r.flatMap((v, c): OfficeCell[] => {
      if (v === undefined || v === '') return [];
      const base = { row: first + i, col: c + 1 };
      return typeof v === 'object' ? [{ ...base, ...v }] : [{ ...base, text: v }];
    }),
  );
}

const wide = (text: string, colSpan: number) => ({ text, colSpan });
const down = (text: string, rowSpan: number) => ({ text, rowSpan });

/** examples/kpi's two tables; `wrongRate` types 80.0% where the data gives 87.5% (数値目標!K6). */
export function officeKpi(opts: { wrongRate?: boolean } = {}): OfficeSheet[] {
  const targets: OfficeSheet = {
    name: '数値目標',
    cells: [
      ...rows(1, [
        [wide('若葉町行政改革大綱 実施計画　数値目標の進捗状況', 11), ...Array(10).fill(undefined), '別表1'],
        [wide('令和7年度 第1四半期（6月末時点）', 12)],
        [
          '番号',
          '取組項目',
          '指　標',
          '基準値',
          '基準値の\n時点',
          '目標値',
          '目標年度',
          '令和6年度\n実績',
          '令和7年度\n実績',
          '累計',
          '進捗率',
          '担当課',
        ],
        [wide('Ⅰ　効率的な行政運営', 12)],
        [
          '①',
          '定員管理の適正化',
          '一般職員数の削減',
          '182人',
          '令和6年4月1日',
          '8人',
          '令和8年度',
          '5人',
          '6人',
          '11人',
          '137.5%',
          '総務課\n人事係',
        ],
        [
          down('②', 2),
          down('窓口手続のオンライン化', 2),
          'オンラインで申請できる手続',
          '12件',
          '令和5年度末',
          '80件',
          '令和8年度',
          '30件',
          '40件',
          '70件',
          opts.wrongRate ? '80.0%' : '87.5%',
          down('住民課窓口係・総務課行政係（共管）', 2),
        ],
        [undefined, undefined, '窓口の平均待ち時間の短縮', '', '', '30%', '令和8年度', '12.5%', '', '12.5%', '41.7%'],
        [wide('Ⅱ　公共施設の最適化', 12)],
        [
          down('①', 2),
          down('公共施設の延床面積の縮減', 2),
          '公共施設の延床面積',
          '45,298平方メートル',
          '令和6年4月1日',
          '43,000平方メートル',
          '令和8年度',
          '44,870平方メートル',
          '43,960.5平方メートル',
          '',
          '58.2%',
          down('財政課\n管財係', 2),
        ],
        [
          undefined,
          undefined,
          '施設の維持管理経費の削減額',
          '',
          '',
          '12,000千円',
          '令和8年度',
          '4,200千円',
          '6,300千円',
          '10,500千円',
          '87.5%',
        ],
        [
          wide(
            '※進捗率は、累計を目標値で割ったもの（延床面積は基準値からの削減の進み具合）。100%を超えるものは目標を上回っています。',
            12,
          ),
        ],
      ]),
    ],
    widths: [5, 16, 18, 10, 10, 10, 9, 10, 10, 10, 8, 12],
  };
  // The 工程 by half-years: 令和6年度 over 上半期 and 下半期, typed arrows merged across the halves.
  const roadmap: OfficeSheet = {
    name: '工程表',
    cells: rows(1, [
      [wide('工程表（半期ごと）', 10), ...Array(9).fill(undefined), '別表2'],
      [],
      [
        down('番号', 2),
        down('取組', 2),
        down('取組項目', 2),
        wide('令和6年度', 2),
        undefined,
        wide('令和7年度', 2),
        undefined,
        wide('令和8年度', 2),
        undefined,
        down('第1四半期の取組状況\n（6月末時点）', 2),
        down('担当課', 2),
      ],
      [undefined, undefined, undefined, '上半期', '下半期', '上半期', '下半期', '上半期', '下半期'],
      [wide('Ⅰ　効率的な行政運営', 11)],
      [
        '①',
        '定員管理の適正化',
        '定員適正化計画',
        '計画策定',
        wide('←　実行　→', 5),
        undefined,
        undefined,
        undefined,
        undefined,
        '・4月1日付けで3人を削減（退職不補充）\n・業務量調査を6月に実施',
        '総務課\n人事係',
      ],
      [
        '②',
        '窓口手続のオンライン化',
        'オンライン化',
        '検討',
        '調整',
        '内容決定',
        '実行準備',
        wide('←　実行　→', 2),
        undefined,
        '申請システムの仕様を決定し、9月から10手続を追加する準備を進めている。',
        '住民課窓口係・総務課行政係（共管）',
      ],
      [wide('Ⅱ　公共施設の最適化', 11)],
      [
        down('①', 2),
        down('公共施設の延床面積の縮減', 2),
        down('施設の統廃合', 2),
        wide('←　地元協議　→', 3),
        undefined,
        undefined,
        wide('←　解体　→', 2),
        undefined,
        undefined,
        down('＜旧第二公民館＞\n・5月に閉館し、解体設計に着手', 2),
        down('財政課\n管財係', 2),
      ],
      [undefined, undefined, undefined, undefined, undefined, wide('←　跡地活用の検討　→', 4)],
    ]),
    widths: [5, 16, 12, 6, 6, 6, 6, 6, 6, 30, 12],
  };
  return [targets, roadmap];
}

/** examples/effects' 効果額 table (別表1): △ for negative amounts, the 内数 in brackets, 小計 and 合計 rows. */
export function officeEffects(): OfficeSheet[] {
  const effects: OfficeSheet = {
    name: '効果額',
    cells: rows(1, [
      [wide('令和6年度 財政効果額（見込額と実績額）', 5), ...Array(4).fill(undefined), '別表1'],
      [wide('（単位：千円）', 6)],
      ['番号', '取組項目', '効果見込額\n(A)', '効果実績額\n(B)', '差額\n(B-A)', '担当課'],
      [wide('歳入確保対策', 6)],
      [
        down('1', 2),
        '市税の収納率の向上（コンビニ・スマホ決済の拡大）',
        '42,000',
        '51,380',
        '9,380',
        down('総務部\n税務課', 2),
      ],
      [undefined, 'うち滞納繰越分の徴収強化', '(12,000)', '(15,640)', '(3,640)'],
      ['2', '未利用市有地の売却', '80,000', '13,331', '△66,669', '総務部\n管財課'],
      ['', '小計', '122,000', '64,711', '△57,289'],
      [wide('歳出削減対策', 6)],
      ['3', '職員数の適正化（一般職員 15人削減）', '96,000', '102,450', '6,450', '総務部\n人事課'],
      [
        '4',
        '国民健康保険事業の医療費適正化※1',
        '25,000',
        '△3,200',
        '△28,200',
        '市民部保険年金課・総務部財政課（共管）',
      ],
      ['5', '公金収納事務の見直し', '3,600', '3,600', '0', '会計管理者'],
      ['', '小計', '124,600', '102,850', '△21,750'],
      ['', '合計', '246,600', '167,561', '△79,039'],
      [wide('※（　）の行は上の行の内数で、小計・合計には含みません。', 6)],
      [wide('※1 令和6年度は診療報酬改定により医療費が増え、効果額がマイナスになった。', 6)],
    ]),
    widths: [5, 30, 12, 12, 12, 16],
  };
  return [effects];
}
