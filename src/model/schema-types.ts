/* Generated from schema/*.schema.json by scripts/gen-types.mjs. Do not edit: change the schema and run `npm run gen:types`. */

export type SingleLine = string;
/**
 * 年度: 西暦の年度（4月始まり）。例: 2019 は令和元年度。
 */
export type FiscalYear = number;
/**
 * 記号: 半角英数字、- と _（例: effects, A-1）。
 */
export type Id = string;

/**
 * 報告書の設定（report.yaml）: 報告書全体の設定: 表題、計画期間、公表する版、章（区分）、今後の取組方向の区分、部・課の一覧。 tables を書くと、別表1・別表2 の代わりにその表を印刷します（書かなければ別表1・別表2。このとき progressTable、verificationTable、directions が必要）。
 */
export interface Manifest {
  title: SingleLine;
  organisation: SingleLine;
  /**
   * 計画期間: 工程表の年度の列。西暦の年度で、最初と最後を書く。
   */
  planPeriod: {
    from: FiscalYear;
    to: FiscalYear;
  };
  /**
   * 公表する版: 今回公表する年度と期間（上半期 4月～9月 または 年間 4月～3月）。
   */
  edition: {
    fiscalYear: FiscalYear;
    /**
     * 公表する期間: firstHalf（上半期 4月～9月）または fullYear（年間 4月～3月）。
     */
    period: 'firstHalf' | 'fullYear';
    /**
     * 四半期: 四半期ごとの公表のとき、その四半期（1: 6月末、2: 9月末、3: 12月末、4: 3月末時点）。評価欄はこの時点の評価（例: 2025Q1）を印刷します。
     */
    quarter?: number;
    /**
     * 評価の種類: interim（中間評価）、final（最終評価）、forecast（見込み）のとき書く。表の上の版の名前に付きます（例: 令和7年度 中間評価）。
     */
    stage?: 'interim' | 'final' | 'forecast';
  };
  /**
   * 照会様式の設定: reform forms が課ごとに作る照会様式（Excel）の設定。
   */
  forms?: {
    /**
     * 記入欄の字数の上限: 印刷する欄に収まる字数。様式では入力規則として、import と validate では警告として確かめます。既定: 年次計画・実績 1000、検証の欄 500、文章欄 1000。
     */
    maxLength?: {
      /**
       * 年次計画の字数の上限: 例: 1000
       */
      plan?: number;
      /**
       * 実績の字数の上限: 例: 1000
       */
      result?: number;
      /**
       * 検証の欄の字数の上限: 内容、実績・効果、区分の理由。例: 500
       */
      verification?: number;
      /**
       * 文章欄の字数の上限: 表の文章の列（kind: text）。例: 1000
       */
      text?: number;
    };
  };
  /**
   * 別表1の設定: 進捗状況の表（別表1）の名前と表題。 tables を書かないときに必要。
   */
  progressTable?: {
    label: SingleLine;
    title: SingleLine;
  };
  /**
   * 別表2の設定: 検証の表（別表2）の名前、表題、区分の説明の前置き。 tables を書かないときに必要。
   */
  verificationTable?: {
    label: SingleLine;
    title: SingleLine;
    legendIntro: SingleLine;
  };
  /**
   * 章: 取組を分ける章（Ⅰ、Ⅱ、Ⅲ…）。この順に印刷します。
   *
   * @minItems 1
   * @maxItems 50
   */
  sections: {
    /**
     * 章の記号: 取組ファイルの section に書く記号（半角英数字）。例: I, II, III
     */
    id: string;
    mark: SingleLine;
    title: SingleLine;
    /**
     * 中項目: 章の下の見出し（(1)、(2)…と番号が付く）。取組ファイルの subsection にその記号を書く。
     *
     * @maxItems 50
     */
    subsections?: {
      id: Id;
      title: SingleLine;
    }[];
  }[];
  /**
   * 今後の取組方向の区分: 別表2の「区分」に使える記号と、その説明（凡例）。 tables を書かないときに必要。
   *
   * @minItems 1
   * @maxItems 26
   */
  directions?: {
    /**
     * 区分の記号: 例: A
     */
    code: string;
    label: SingleLine;
    description: SingleLine;
  }[];
  /**
   * 部・課の一覧: 担当課として書ける部と課。
   *
   * @minItems 1
   */
  departments: {
    /**
     * 部の名前: 例: 総務部
     */
    name: string;
    /**
     * 課の一覧: この部の課。例: 人事課。係・室は「課/係」（例: 人事課/給与班）。課のない部（監査委員事務局など）は空の一覧 [] にする。
     *
     * @minItems 0
     */
    divisions: string[];
  }[];
  /**
   * 番号の付け方: 表の番号欄に印刷する番号の形。{section} は章の番号（1, 2…）、{subsection} は中項目の番号（1, 2…）、{local} は中項目（なければ章）の中の丸数字（①②…）、{number} は通し番号。例: "{section}-({subsection})-{local}" → 2-(1)-①。省略すると "{local}"。
   */
  numbering?: string;
  /**
   * 評価の尺度: 取組の評価（達成度、着手状況など）の段階。尺度ごとに記号・名前・印・説明を書く。取組ファイルの ratings で使います。
   *
   * @maxItems 10
   */
  ratingScales?: {
    id: Id;
    title: SingleLine;
    /**
     * 評価の段階: 良いものから順に。集計もこの順に印刷します。
     *
     * @minItems 1
     * @maxItems 20
     */
    levels: {
      /**
       * 評価の記号: 取組ファイルの ratings に書く記号。例: A、達成、◎
       */
      code: string;
      label: SingleLine;
      symbol?: SingleLine;
      text?: SingleLine;
      description?: SingleLine;
    }[];
  }[];
  /**
   * 効果額の区分: 効果額をまとめる区分（例: 歳入確保対策、歳出削減対策）。この順に印刷し、区分ごとに小計を出します。
   *
   * @maxItems 50
   */
  categories?: {
    id: Id;
    label: SingleLine;
    subtotalLabel?: SingleLine;
  }[];
  /**
   * 効果額の数え方: 年度別の効果額（effects の byYear・years）の数え方。once（その年度だけ数える、既定）または recurring（ある年度に生じた効果を、計画期間のそれより後の年度にも毎年数える。1年目 100、2年目 50 なら、年度の効果額は 100、150、150、累計は 100、250、400）。効果額ごとに recurring で変えられます。数え方は注記（footnotes）に書いてください。
   */
  effectCounting?: 'once' | 'recurring';
  /**
   * 単位の一覧: 数値目標に使える単位（例: 人、千円、平方メートル、%）。書くと、取組ファイルの単位をこの一覧で確かめます。
   *
   * @maxItems 100
   */
  units?: string[];
  /**
   * 表の形: この報告書で印刷する表。書くと、別表1・別表2 の代わりにこれらの表を印刷します（書かないときの別表1・別表2 も、同じ書き方の表として組まれます: docs/formats.md）。列は種類（kind）を選んで並べる。
   *
   * @minItems 1
   * @maxItems 20
   */
  tables?: {
    id: Id;
    label?: SingleLine;
    title: SingleLine;
    /**
     * 行の単位: initiatives（取組ごとに1行）、indicators（数値目標ごとに1行）、effects（効果額ごとに1行）、verification（検証の取組項目ごとに1行。1つの取組に複数行）。
     */
    rows: 'initiatives' | 'indicators' | 'effects' | 'verification';
    /**
     * 表の組み方: rows（1つを1行に並べる表、既定）または cards（個票: 取組ごとに1枚。列は「見出し｜内容」の行になり、その後に card の小さな表（主要事業とその予算額、指標と年度別の目標など）が続く）。cards のとき行の単位（rows）は initiatives。
     */
    layout?: 'rows' | 'cards';
    /**
     * 個票の形: layout: cards のとき: 個票ごとの改ページと、個票の中の小さな表。
     */
    card?: {
      /**
       * 個票ごとに改ページ: true（既定）: 個票ごとに新しいページから印刷する。false: 個票を続けて印刷する（ページの途中から次の個票が始まる）。
       */
      newPage?: boolean;
      /**
       * 個票の中の表: 見出し｜内容の行の後に、上から順に印刷する小さな表。
       *
       * @minItems 1
       * @maxItems 10
       */
      tables?: {
        id?: Id;
        title: SingleLine;
        /**
         * 行の単位: projects（取組ファイルの主要事業ごとに1行）、indicators（数値目標ごとに1行）、effects（効果額ごとに1行）。
         */
        rows: 'projects' | 'indicators' | 'effects';
        /**
         * 合計: 表の最後に合計の行を印刷する（予算額など金額の列）。
         */
        total?: boolean;
        totalLabel?: SingleLine;
        empty?: SingleLine;
        /**
         * 列: 左から順に。書き方は表の列（columns）と同じ。
         *
         * @minItems 1
         * @maxItems 20
         */
        columns: Items[];
      }[];
    };
    /**
     * まとめ方: section（章・中項目の見出しで区切る、既定）、category（効果額の区分で区切る）、none（区切らない）。
     */
    groupBy?: 'section' | 'category' | 'none';
    /**
     * 表の分け方: group にすると、まとめ方（groupBy）の区切りごとに表を分けて印刷する。区切りごとに見出しと表（見出し行・小計付き）を印刷し、合計（total）はその後に合計だけの小さな表にする。Excel も同じ並び。オープンデータは分けずに1つの表（区切りは 区分・章 の列）。省略すると1つの表。
     */
    splitBy?: 'group';
    /**
     * 章ごとのページ: true にすると、章ごとに表を分けて新しいページから始める（groupBy: section のとき）。ページをまたぐ表は、表の名前と章の見出しに（続き）を付けて繰り返し、1つの取組の行は途中で切らずに次のページへ送る（1ページに収まらないものは段落ごとに分ける）。
     */
    sectionPages?: boolean;
    /**
     * 章の見出しの位置: sectionPages のとき、章の見出しを row（表の中の行、既定）または above（表の上の見出し）に印刷する。
     */
    sectionHeading?: 'row' | 'above';
    /**
     * 小計: 区切りごとに小計の行を印刷する（金額・数値の列）。内数の行は加えない。
     */
    subtotals?: boolean;
    /**
     * 合計: 表の最後に合計の行を印刷する。内数の行は加えない。
     */
    total?: boolean;
    subtotalLabel?: SingleLine;
    totalLabel?: SingleLine;
    /**
     * 1行の区切りの小計: false にすると、行が1つだけの区切りには小計を印刷しない（小計がその行と同じになるため）。省略すると印刷する。
     */
    singleRowSubtotals?: boolean;
    /**
     * 番号の付け方（この表）: この表の番号欄の形。report.yaml の numbering と同じ書き方に加えて、{row} は区切り（区分・章）ごとに 1 から数え直す行の番号。例: "{row}" → 区分ごとに 1、2、3…。省略すると report.yaml の numbering。
     */
    numbering?: string;
    lead?: SingleLine;
    summary?: Id;
    unitNote?: SingleLine;
    /**
     * 凡例: 評価の尺度の凡例（rating の列）と、今後の取組方向の区分の凡例（verification.direction の列。report.yaml の directions）を表の上に印刷するか。
     */
    legend?: boolean;
    legendIntro?: SingleLine;
    /**
     * 団体名と版の行: false にすると、表題の下に団体名と版（令和7年度上半期）を印刷しない（表題に版が入っているとき）。省略すると印刷する。
     */
    editionLine?: boolean;
    /**
     * 照会様式: 各課に送る照会様式（reform forms）でのこの表のシート。省略すると、シート名は表の番号（label）または表題、表題は「表題（番号）」で、その課の行がある様式にだけ入る。
     */
    form?: {
      sheet?: SingleLine;
      title?: SingleLine;
      /**
       * どの課の様式にも入れる: true にすると、その課の行がないときも様式に入れる（「この課が記入する行はありません。」と印刷する）。
       */
      always?: boolean;
    };
    /**
     * Excel の列の幅: true にすると、Excel のシートも列の幅（width）をこの比で用紙の幅いっぱいに分ける（別表1・別表2 と同じ倍率で印刷）。省略すると、列は width の文字数の幅（広すぎる表は文章の列を狭めて収める）。
     */
    fillWidth?: boolean;
    /**
     * オープンデータ: この表から作るオープンデータのファイル（opendata/記号.csv・.json・-columns.csv）を上から順に。省略すると table（表の行ごとに1行）と、工程の列があれば schedule（工程の段階ごとに1行）。個票の中の表のファイルは、いつもその後に続きます。
     *
     * @minItems 1
     * @maxItems 10
     */
    openData?: {
      /**
       * 行の単位: table（表の行ごとに1行。小計・合計を除く）、schedule（工程の段階ごとに1行。工程の列のある表だけ）、schedule-years（取組項目の工程の段と年度ごとに1行）、initiatives（取組ごとに1行: 章、章内の番号、達成年度、担当部・課）、plans-results（取組・年度ごとの年次計画と実績（上半期・年間）ごとに1行）、verification（検証の行ごとに1行: 区分とその内容、区分の理由）。
       */
      rows: 'table' | 'schedule' | 'schedule-years' | 'initiatives' | 'plans-results' | 'verification';
      id?: Id;
      title?: SingleLine;
    }[];
    indexSummary?: SingleLine;
    /**
     * 注記: 表の下に印刷する注記（※…）。取組ファイルの footnotes もこの後に番号付きで印刷します。
     *
     * @maxItems 30
     */
    footnotes?: SingleLine[];
    /**
     * 列: 左から順に。
     *
     * @minItems 1
     * @maxItems 40
     */
    columns: Items[];
  }[];
}
/**
 * 列
 */
export interface Items {
  /**
   * 列の種類: number 番号、title 取組名、text 文章（field で指定）、division 担当課、schedule 工程、item 取組項目（工程の行ごとの名前）、indicator.label 指標名、indicator.unit 単位、indicator.base 基準値、indicator.baseDate 基準値の時点、indicator.target 目標値、indicator.targetYear 目標年度、indicator.actual 実績値（year の年度）、indicator.cumulative 累計、indicator.progress 進捗率、indicator.yearTarget 年度別の目標値（year の年度、数値目標の targets）、effect.category 区分、effect.label 効果額の項目、effect.planned 効果見込額、effect.actual 効果実績額、effect.difference 差額（実績−見込）、effect.year 年度別の効果額（year の年度。数え方 recurring ではそれまでの年度の効果も含む）、effect.yearTotal 年度別効果額の計、effect.cumulative 年度別効果額の累計（year の年度まで）、effect.yearPlanned その年度の見込額（years）、effect.yearActual その年度の実績額（years）、effect.plannedTotal 見込額の計（years）、effect.actualTotal 実績額の計（years）、effect.rate 率（実績額÷見込額、base で分母を選ぶ）、project.name 主要事業の事業名、project.summary 主要事業の概要、project.budget 主要事業の予算額（year の年度）、project.budgetTotal 主要事業の予算額の計（書かれた年度の合計）、rating 評価（scale の尺度）、rating.change 前期からの評価の変化、plan 年次計画（版の年度。達成済の注記も）、result 実績（版の期間: 上半期または年間）、verification.item 検証の取組項目、verification.content 内容、verification.outcome 実績・効果、verification.direction 今後の取組方向の区分、verification.reason 区分の理由（下の行と共通の理由は行をまたぐ）、verification.division 検証の行の担当課（課の名前。同じ名前の課が複数の部にあるときは部も）。verification.* は rows: verification の表で使う。
   */
  kind:
    | 'number'
    | 'title'
    | 'text'
    | 'division'
    | 'schedule'
    | 'item'
    | 'indicator.label'
    | 'indicator.unit'
    | 'indicator.base'
    | 'indicator.baseDate'
    | 'indicator.target'
    | 'indicator.targetYear'
    | 'indicator.actual'
    | 'indicator.cumulative'
    | 'indicator.progress'
    | 'indicator.yearTarget'
    | 'effect.category'
    | 'effect.label'
    | 'effect.planned'
    | 'effect.actual'
    | 'effect.difference'
    | 'effect.year'
    | 'effect.yearTotal'
    | 'effect.cumulative'
    | 'effect.yearPlanned'
    | 'effect.yearActual'
    | 'effect.plannedTotal'
    | 'effect.actualTotal'
    | 'effect.rate'
    | 'project.name'
    | 'project.summary'
    | 'project.budget'
    | 'project.budgetTotal'
    | 'rating'
    | 'rating.change'
    | 'plan'
    | 'result'
    | 'verification.item'
    | 'verification.content'
    | 'verification.outcome'
    | 'verification.direction'
    | 'verification.reason'
    | 'verification.division';
  heading: SingleLine;
  id?: Id;
  group?: SingleLine;
  /**
   * 行をまたぐセル: initiative にすると、1つの取組の行（rows: verification などで複数行になるとき）をまたぐ1つのセルにする。例: 番号、取組名。
   */
  span?: 'initiative';
  /**
   * 取組名の前の番号: kind: title のとき、取組名の前に印刷する番号の形（report.yaml の numbering と同じ書き方）。例: {local} → ① 取組名。
   */
  numbering?: string;
  /**
   * 取組項目の□: kind: item のとき true にすると、取組項目の前に□を印刷する（取組ファイルで checkbox: false の項目を除く）。
   */
  checkbox?: boolean;
  /**
   * 率の分母: kind: effect.rate のとき、何に対する率か。planned（その年度の見込額、year がなければ効果見込額、既定）または plannedTotal（計画期間の見込額の計）。分子はその年度の実績額（year がなければ効果実績額）。
   */
  base?: 'planned' | 'plannedTotal';
  /**
   * 列の幅: 全角文字の数で。例: 8。省略すると残りの幅を分け合います。
   */
  width?: number;
  field?: Id;
  year?: FiscalYear;
  scale?: Id;
  /**
   * 評価の時点: current（今回の版、既定）または previous（前年度）。
   */
  period?: 'current' | 'previous';
  /**
   * 評価の表し方: symbol（印と読み、既定）、label（名前）、code（記号）。
   */
  show?: 'symbol' | 'label' | 'code';
  /**
   * 工程の刻み: kind: schedule のとき、year（年度、既定）、half（上期・下期）、quarter（四半期）。
   */
  resolution?: 'year' | 'half' | 'quarter';
  /**
   * 数値の書式: 数値の印刷のしかた。
   */
  format?: {
    /**
     * 単位: 数値の後に付ける単位。例: 千円、%。指標の列では省略すると指標の単位。
     */
    unit?: string;
    /**
     * 単位の位置: cell（各セルの数値の後、既定）または header（列見出しに（千円）と付け、セルは数値だけ）。
     */
    unitIn?: 'cell' | 'header';
    /**
     * 小数点以下の桁数: 例: 0（既定）、1
     */
    decimals?: number;
    /**
     * 負の数の印: triangle（△66,669、既定）または minus（-66,669）。
     */
    negative?: 'triangle' | 'minus';
  };
}

/**
 * 担当課: 「部/課」の形で書く（例: 総務部/人事課）。課のない部は「部」だけ（例: 監査委員事務局）、係・室まで書くときは「部/課/係」（例: 総務部/人事課/給与班）。マニフェストの departments に登録された部・課であること。
 */
export type DivisionRef = string;
/**
 * 文章: 複数行の文章。1行に1項目。「・」で始まる行は箇条書き、行頭の空白2つごとに1段下げ、＜…＞だけの行は小見出し、「^ 」で始まる行は中央寄せ。HTML タグは使えません（文字としてそのまま印刷されます）。
 */
export type RichText = string;
/**
 * 金額・数値: 数値で書く（例: 94.2、-66669）。単位（千円など）や△は書かない。印刷するときに表の設定で付きます。
 */
export type Amount = number;

/**
 * 取組（1ファイルに1つ）: 具体的取組ひとつ分: 別表1の行（取組項目と工程、年次計画、実績、担当課）と別表2の行（検証）。 report.yaml に tables を書いた報告書では、数値目標（indicators）、効果額（effects）、評価（ratings）などを書き、items・plans・results・verification は省略できます。
 */
export interface Initiative {
  /**
   * 番号: 報告書全体の通し番号（1から順に、重複や欠番なし）。
   */
  number: number;
  /**
   * 章: この取組が属する章の記号（report.yaml の sections の id）。例: I
   */
  section: string;
  subsection?: Id;
  /**
   * 再掲: この取組を別の中項目の下にも再び載せるとき、その中項目の記号の一覧。再掲先には「（再掲）」と印刷し、件数・合計には一度だけ数えます。
   *
   * @maxItems 10
   */
  alsoUnder?: Id[];
  title: SingleLine;
  achievedIn?: FiscalYear;
  division?: DivisionRef;
  /**
   * 共管の担当課: 一緒に担当する課（共管）。division と並べて「（共管）」と印刷します。
   *
   * @minItems 1
   * @maxItems 5
   */
  coDivisions?: DivisionRef[];
  /**
   * 取組項目: 工程表の行。取組項目ごとに工程（年度ごとの段階）を書く。 report.yaml に tables がないとき（別表1・別表2）に必要。
   *
   * @minItems 1
   * @maxItems 100
   */
  items?: Item[];
  /**
   * 年次計画: 年度ごとの年次計画。キーは西暦の年度（例: 2019）。 report.yaml に tables がないとき（別表1・別表2）に必要。
   */
  plans?: {
    [k: string]: RichText;
  };
  /**
   * 実績: 年度ごとの実績。キーは西暦の年度、その下に上半期（firstHalf）と年間（fullYear）。 report.yaml に tables がないとき（別表1・別表2）に必要。
   */
  results?: {
    /**
     * 実績
     */
    [k: string]: {
      firstHalf?: RichText;
      fullYear?: RichText;
    };
  };
  /**
   * 検証: 別表2の行。取組項目と1対1でなくてよい。 report.yaml に tables がないとき（別表1・別表2）に必要。
   *
   * @minItems 1
   * @maxItems 100
   */
  verification?: VerificationRow[];
  /**
   * 文章欄: report.yaml の表の列（kind: text）に印刷する文章。キーは列の field と同じ半角英数字。例: summary: 取組の概要…
   */
  fields?: {
    [k: string]: RichText;
  };
  /**
   * 数値目標: 数値目標（KPI）の一覧。表の行の単位が indicators のとき、1つが1行になります。
   *
   * @minItems 1
   * @maxItems 50
   */
  indicators?: {
    label: SingleLine;
    /**
     * 単位: 数値の単位。例: 人、千円、平方メートル、%
     */
    unit: string;
    /**
     * 進捗の測り方: cumulative（毎年度の実績を積み上げ、累計÷目標値、既定）または level（最新の実績が基準値から目標値までのどこまで来たか: (実績−基準値)÷(目標値−基準値)）。
     */
    measure?: 'cumulative' | 'level';
    /**
     * 基準値: 計画を始めたときの値とその時点。
     */
    base?: {
      value: Amount;
      asOf?: SingleLine;
    };
    /**
     * 目標: 目標値と目標年度。
     */
    target: {
      value: Amount;
      year?: FiscalYear;
    };
    /**
     * 年度別の目標値: 年度ごとの目標値（参考）。キーは西暦の年度。例: 2026: 40。表の列 indicator.yearTarget に印刷します。
     */
    targets?: {
      [k: string]: Amount;
    };
    /**
     * 実績値: 年度ごとの実績値。キーは西暦の年度。例: 2025: 6
     */
    actuals?: {
      [k: string]: Amount;
    };
    cumulative?: Amount;
    progressRate?: Amount;
    /**
     * 累計は公表値: true にすると、書いた累計（cumulative）を公表した値として印刷し、進捗率もそれから計算します（年度ごとの実績値がそろっていないとき。例: 最新の年度の実績と、計画開始からの累計だけを公表している）。計画期間の初めから公表年度までの実績値がそろっていれば、その合計と照らし合わせます。
     */
    given?: boolean;
    wording?: SingleLine;
    /**
     * 数値の注記: 1つの数値に付ける注記（※）。キーはその数値の項目: base（基準値）、target（目標値）、cumulative（累計）、progressRate（進捗率）、actuals.年度（その年度の実績値）。例: "actuals.2025": 3月末の見込みの値です。 → 表ではその数値の後に ※3 と印刷し、表の下に ※3 の注記を印刷します。数値は数値のまま（合計・比較・オープンデータ）。
     */
    figureNotes?: {
      [k: string]: SingleLine;
    };
    note?: SingleLine;
  }[];
  /**
   * 効果額: 財政効果額の一覧。表の行の単位が effects のとき、1つが1行になります。
   *
   * @minItems 1
   * @maxItems 50
   */
  effects?: {
    category: Id;
    label?: SingleLine;
    planned?: Amount;
    actual?: Amount;
    difference?: Amount;
    /**
     * 内数: true にすると（　）付きで印刷し、小計・合計に加えない（他の行の内数のとき）。
     */
    memo?: boolean;
    /**
     * 毎年度の効果: true にすると、ある年度に生じた効果（byYear・years）を計画期間のそれより後の年度にも毎年数える。false ならその年度だけ。省略すると report.yaml の effectCounting。
     */
    recurring?: boolean;
    wording?: SingleLine;
    /**
     * 数値の注記: 1つの金額に付ける注記（※）。キーはその金額の項目: planned（効果見込額）、actual（効果実績額）、difference（差額）、years.年度.planned・years.年度.actual（その年度の見込額・実績額）、byYear.年度（その年度の効果額）。例: actual: 3月補正後の額です。 → 表では 4,200※3 のように印刷し、表の下に ※3 の注記を印刷します。金額は数値のまま（合計・比較・オープンデータ）。
     */
    figureNotes?: {
      [k: string]: SingleLine;
    };
    /**
     * 年度別の見込額と実績額: 複数の年度の見込額と実績額を並べる表のとき。キーは西暦の年度、その下に planned（見込額）と actual（実績額）。
     */
    years?: {
      /**
       * その年度の見込額と実績額
       */
      [k: string]: {
        planned?: Amount;
        actual?: Amount;
      };
    };
    /**
     * 年度別効果額: 年度ごとの効果額（総務省の集中改革プランの様式など）。キーは西暦の年度。数え方が recurring なら、その年度に新たに生じた効果額を書く。
     */
    byYear?: {
      [k: string]: Amount;
    };
  }[];
  /**
   * 主要事業: 取組を進める主な事業とその予算額。個票（layout: cards）の中の表（rows: projects）で、1つが1行になります。
   *
   * @minItems 1
   * @maxItems 50
   */
  projects?: {
    name: SingleLine;
    summary?: RichText;
    /**
     * 予算額: 年度ごとの予算額（数値）。キーは西暦の年度。例: 2025: 12345。単位は表の列の format で（例: 千円）。
     */
    budgets?: {
      [k: string]: Amount;
    };
  }[];
  /**
   * 評価: 期間ごとの評価。キーは期間（2025、2025H1、2025Q1）、その下に尺度の id と評価の記号。例: "2025": { status: 取組中, achievement: 一部達成 }
   */
  ratings?: {
    /**
     * 期間の評価
     */
    [k: string]: {
      /**
       * 評価の記号: report.yaml の ratingScales の levels の code。
       */
      [k: string]: string;
    };
  };
  /**
   * 注記: この取組について表の下に印刷する注記。番号（※1、※2…）が自動で付き、取組名の後に印が付きます。
   *
   * @maxItems 10
   */
  footnotes?: SingleLine[];
}
/**
 * 取組項目
 */
export interface Item {
  label: SingleLine;
  /**
   * □印: 取組項目の前に□を付けるか。省略すると付ける。
   */
  checkbox?: boolean;
  heading?: SingleLine;
  division?: DivisionRef;
  /**
   * 工程: 工程の段（レーン）。ふつうは1段、同じ年度に並行する段階があれば2段以上。
   *
   * @minItems 1
   * @maxItems 10
   */
  schedule: Lane[];
}
/**
 * 工程の段
 */
export interface Lane {
  /**
   * 段階: この段の段階を年度順に。同じ段で年度が重なってはいけない。
   *
   * @minItems 1
   * @maxItems 50
   */
  phases: Phase[];
}
/**
 * 段階
 */
export interface Phase {
  label: SingleLine;
  from: FiscalYear;
  to?: FiscalYear;
  /**
   * 矢印: 「← 実施 →」のように矢印で描くか。省略すると、2年度以上にわたるときだけ矢印。
   */
  arrow?: boolean;
  then?: SingleLine;
  /**
   * 開始の期: 工程を半期・四半期で刻む表のとき、開始年度の中の期（半期: 1 上期、2 下期。四半期: 1～4）。省略すると年度の初め。
   */
  fromPart?: number;
  /**
   * 終了の期: 終了年度の中の期（半期: 1 上期、2 下期。四半期: 1～4）。省略すると年度の終わり。
   */
  toPart?: number;
}
/**
 * 検証の行
 */
export interface VerificationRow {
  item: RichText;
  content: RichText;
  outcome: RichText;
  /**
   * 区分: 今後の取組方向の区分の記号（report.yaml の directions の code）。例: A
   */
  direction: string;
  reason?: RichText;
  /**
   * 区分の理由（上の行と共通）: true にすると、上の行の区分の理由をこの行と共有し、セルを結合して印刷する。このとき reason は書かない。
   */
  reasonSharedWithAbove?: boolean;
  division?: DivisionRef;
}
