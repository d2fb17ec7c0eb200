/* Generated from schema/*.schema.json by scripts/gen-types.mjs. Do not edit: change the schema and run `npm run gen:types`. */

export type SingleLine = string;
/**
 * 年度: 西暦の年度（4月始まり）。例: 2019 は令和元年度。
 */
export type FiscalYear = number;

/**
 * 報告書の設定（report.yaml）: 報告書全体の設定: 表題、計画期間、公表する版、章（区分）、今後の取組方向の区分、部・課の一覧。
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
  };
  /**
   * 別表1の設定: 進捗状況の表（別表1）の名前と表題。
   */
  progressTable: {
    label: SingleLine;
    title: SingleLine;
  };
  /**
   * 別表2の設定: 検証の表（別表2）の名前、表題、区分の説明の前置き。
   */
  verificationTable: {
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
  }[];
  /**
   * 今後の取組方向の区分: 別表2の「区分」に使える記号と、その説明（凡例）。
   *
   * @minItems 1
   * @maxItems 26
   */
  directions: {
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
     * 課の一覧: この部の課。例: 人事課
     *
     * @minItems 1
     */
    divisions: string[];
  }[];
}

/**
 * 担当課: 「部/課」の形で書く（例: 総務部/人事課）。マニフェストの departments に登録された部・課であること。
 */
export type DivisionRef = string;
/**
 * 文章: 複数行の文章。1行に1項目。「・」で始まる行は箇条書き、行頭の空白2つごとに1段下げ、＜…＞だけの行は小見出し、「^ 」で始まる行は中央寄せ。HTML タグは使えません（文字としてそのまま印刷されます）。
 */
export type RichText = string;

/**
 * 取組（1ファイルに1つ）: 具体的取組ひとつ分: 別表1の行（取組項目と工程、年次計画、実績、担当課）と別表2の行（検証）。
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
  title: SingleLine;
  achievedIn?: FiscalYear;
  division: DivisionRef;
  /**
   * 取組項目: 工程表の行。取組項目ごとに工程（年度ごとの段階）を書く。
   *
   * @minItems 1
   * @maxItems 100
   */
  items: Item[];
  /**
   * 年次計画: 年度ごとの年次計画。キーは西暦の年度（例: 2019）。
   */
  plans: {
    [k: string]: RichText;
  };
  /**
   * 実績: 年度ごとの実績。キーは西暦の年度、その下に上半期（firstHalf）と年間（fullYear）。
   */
  results: {
    /**
     * 実績
     */
    [k: string]: {
      firstHalf?: RichText;
      fullYear?: RichText;
    };
  };
  /**
   * 検証: 別表2の行。取組項目と1対1でなくてよい。
   *
   * @minItems 1
   * @maxItems 100
   */
  verification: VerificationRow[];
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
