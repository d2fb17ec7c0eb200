// @ts-nocheck
/* Generated from schema/*.schema.json by scripts/gen-validators.mjs (ajv standalone code).
 * Do not edit: change the schema and run `npm run gen:types`. */
import runtime_ucs2length_module from 'ajv/dist/runtime/ucs2length.js';
const runtime_ucs2length = { default: runtime_ucs2length_module.default ?? runtime_ucs2length_module };

export const manifest = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://reform.local/schema/manifest.schema.json","title":"報告書の設定（report.yaml）","description":"報告書全体の設定: 表題、計画期間、公表する版、章（区分）、今後の取組方向の区分、部・課の一覧。 tables を書くと、別表1・別表2 の代わりにその表を印刷します（書かなければ別表1・別表2。このとき progressTable、verificationTable、directions が必要）。","type":"object","additionalProperties":false,"required":["title","organisation","planPeriod","edition","sections","departments"],"properties":{"title":{"$ref":"common.schema.json#/$defs/singleLine","title":"報告書名","description":"報告書全体の名前。HTML・PDF の表題になります。"},"organisation":{"$ref":"common.schema.json#/$defs/singleLine","title":"作成者","description":"報告書を公表する団体名。PDF の作成者になります。"},"planPeriod":{"title":"計画期間","description":"工程表の年度の列。西暦の年度で、最初と最後を書く。","type":"object","additionalProperties":false,"required":["from","to"],"properties":{"from":{"$ref":"common.schema.json#/$defs/fiscalYear","title":"計画期間の最初の年度","description":"例: 2016（平成28年度）"},"to":{"$ref":"common.schema.json#/$defs/fiscalYear","title":"計画期間の最後の年度","description":"例: 2019（令和元年度）"}}},"edition":{"title":"公表する版","description":"今回公表する年度と期間（上半期 4月～9月 または 年間 4月～3月）。","type":"object","additionalProperties":false,"required":["fiscalYear","period"],"properties":{"fiscalYear":{"$ref":"common.schema.json#/$defs/fiscalYear","title":"公表する年度","description":"年次計画と実績を印刷する年度。"},"period":{"title":"公表する期間","description":"firstHalf（上半期 4月～9月）または fullYear（年間 4月～3月）。","enum":["firstHalf","fullYear"]},"quarter":{"title":"四半期","description":"四半期ごとの公表のとき、その四半期（1: 6月末、2: 9月末、3: 12月末、4: 3月末時点）。評価欄はこの時点の評価（例: 2025Q1）を印刷します。","type":"integer","minimum":1,"maximum":4},"stage":{"title":"評価の種類","description":"interim（中間評価）、final（最終評価）、forecast（見込み）のとき書く。表の上の版の名前に付きます（例: 令和7年度 中間評価）。","enum":["interim","final","forecast"]}}},"forms":{"title":"照会様式の設定","description":"reform forms が課ごとに作る照会様式（Excel）の設定。","type":"object","additionalProperties":false,"properties":{"maxLength":{"title":"記入欄の字数の上限","description":"印刷する欄に収まる字数。様式では入力規則として、import と validate では警告として確かめます。既定: 年次計画・実績 1000、検証の欄 500、文章欄 1000。","type":"object","additionalProperties":false,"properties":{"plan":{"title":"年次計画の字数の上限","description":"例: 1000","type":"integer","minimum":1,"maximum":20000},"result":{"title":"実績の字数の上限","description":"例: 1000","type":"integer","minimum":1,"maximum":20000},"verification":{"title":"検証の欄の字数の上限","description":"内容、実績・効果、区分の理由。例: 500","type":"integer","minimum":1,"maximum":20000},"text":{"title":"文章欄の字数の上限","description":"表の文章の列（kind: text）。例: 1000","type":"integer","minimum":1,"maximum":20000}}}}},"progressTable":{"title":"別表1の設定","description":"進捗状況の表（別表1）の名前と表題。 tables を書かないときに必要。","type":"object","additionalProperties":false,"required":["label","title"],"properties":{"label":{"$ref":"common.schema.json#/$defs/singleLine","title":"表の番号","description":"例: 別表1"},"title":{"$ref":"common.schema.json#/$defs/singleLine","title":"表題","description":"表の上に印刷する題名。"}}},"verificationTable":{"title":"別表2の設定","description":"検証の表（別表2）の名前、表題、区分の説明の前置き。 tables を書かないときに必要。","type":"object","additionalProperties":false,"required":["label","title","legendIntro"],"properties":{"label":{"$ref":"common.schema.json#/$defs/singleLine","title":"表の番号","description":"例: 別表2"},"title":{"$ref":"common.schema.json#/$defs/singleLine","title":"表題","description":"例: 現行の「三重県行財政改革取組」の検証"},"legendIntro":{"$ref":"common.schema.json#/$defs/singleLine","title":"区分の説明の前置き","description":"例: ・今後の取組方向は、次のとおり区分しています。"}}},"sections":{"title":"章","description":"取組を分ける章（Ⅰ、Ⅱ、Ⅲ…）。この順に印刷します。","type":"array","minItems":1,"maxItems":50,"items":{"title":"章","type":"object","additionalProperties":false,"required":["id","mark","title"],"properties":{"id":{"title":"章の記号","description":"取組ファイルの section に書く記号（半角英数字）。例: I, II, III","type":"string","pattern":"^[A-Za-z0-9_-]{1,20}$"},"mark":{"$ref":"common.schema.json#/$defs/singleLine","title":"章の番号","description":"印刷する章番号。例: Ⅰ"},"title":{"$ref":"common.schema.json#/$defs/singleLine","title":"章の題名","description":"例: 協創・現場重視の推進に向けて"},"subsections":{"title":"中項目","description":"章の下の見出し（(1)、(2)…と番号が付く）。取組ファイルの subsection にその記号を書く。","type":"array","maxItems":50,"items":{"title":"中項目","type":"object","additionalProperties":false,"required":["id","title"],"properties":{"id":{"$ref":"common.schema.json#/$defs/id","title":"中項目の記号","description":"取組ファイルの subsection に書く記号。報告書全体で重複しないこと。例: 2-1"},"title":{"$ref":"common.schema.json#/$defs/singleLine","title":"中項目の題名","description":"例: 歳出の見直し"}}}}}}},"directions":{"title":"今後の取組方向の区分","description":"別表2の「区分」に使える記号と、その説明（凡例）。 tables を書かないときに必要。","type":"array","minItems":1,"maxItems":26,"items":{"title":"区分","type":"object","additionalProperties":false,"required":["code","label","description"],"properties":{"code":{"title":"区分の記号","description":"例: A","type":"string","pattern":"^[A-Z]$"},"label":{"$ref":"common.schema.json#/$defs/singleLine","title":"区分の名前","description":"例: 現在の取組を基本的に継続するもの"},"description":{"$ref":"common.schema.json#/$defs/singleLine","title":"区分の説明","description":"凡例に印刷する説明文。"}}}},"departments":{"title":"部・課の一覧","description":"担当課として書ける部と課。","type":"array","minItems":1,"items":{"title":"部","type":"object","additionalProperties":false,"required":["name","divisions"],"properties":{"name":{"title":"部の名前","description":"例: 総務部","type":"string","pattern":"^[^/\\s]+$","maxLength":100},"divisions":{"title":"課の一覧","description":"この部の課。例: 人事課。係・室は「課/係」（例: 人事課/給与班）。課のない部（監査委員事務局など）は空の一覧 [] にする。","type":"array","minItems":0,"items":{"title":"課の名前","type":"string","pattern":"^[^/\\s]+(/[^/\\s]+)?$","maxLength":100}}}}},"numbering":{"title":"番号の付け方","description":"表の番号欄に印刷する番号の形。{section} は章の番号（1, 2…）、{subsection} は中項目の番号（1, 2…）、{local} は中項目（なければ章）の中の丸数字（①②…）、{number} は通し番号。例: \"{section}-({subsection})-{local}\" → 2-(1)-①。省略すると \"{local}\"。","type":"string","pattern":"^[^\\n\\r]{1,60}$"},"ratingScales":{"title":"評価の尺度","description":"取組の評価（達成度、着手状況など）の段階。尺度ごとに記号・名前・印・説明を書く。取組ファイルの ratings で使います。","type":"array","maxItems":10,"items":{"title":"評価の尺度","type":"object","additionalProperties":false,"required":["id","title","levels"],"properties":{"id":{"$ref":"common.schema.json#/$defs/id","title":"尺度の記号","description":"取組ファイルの ratings に書くキー。例: achievement"},"title":{"$ref":"common.schema.json#/$defs/singleLine","title":"尺度の名前","description":"列見出しと凡例に印刷する名前。例: 達成度"},"levels":{"title":"評価の段階","description":"良いものから順に。集計もこの順に印刷します。","type":"array","minItems":1,"maxItems":20,"items":{"title":"評価の段階","type":"object","additionalProperties":false,"required":["code","label"],"properties":{"code":{"title":"評価の記号","description":"取組ファイルの ratings に書く記号。例: A、達成、◎","type":"string","pattern":"^[^\\s]{1,10}$"},"label":{"$ref":"common.schema.json#/$defs/singleLine","title":"評価の名前","description":"例: 大きな成果"},"symbol":{"$ref":"common.schema.json#/$defs/singleLine","title":"評価の印","description":"表に印刷する印。例: ◎、○、△、×。省略すると記号を印刷します。"},"text":{"$ref":"common.schema.json#/$defs/singleLine","title":"印の読み","description":"印を読み上げ・検索できる文字にしたもの。例: ◎ → 達成。印を使うとき、オープンデータと画面の読み上げに使います。"},"description":{"$ref":"common.schema.json#/$defs/singleLine","title":"評価の説明","description":"凡例に印刷する説明。例: 目標を上回る成果があった"}}}}}}},"categories":{"title":"効果額の区分","description":"効果額をまとめる区分（例: 歳入確保対策、歳出削減対策）。この順に印刷し、区分ごとに小計を出します。","type":"array","maxItems":50,"items":{"title":"区分","type":"object","additionalProperties":false,"required":["id","label"],"properties":{"id":{"$ref":"common.schema.json#/$defs/id","title":"区分の記号","description":"取組ファイルの effects の category に書く記号。例: revenue"},"label":{"$ref":"common.schema.json#/$defs/singleLine","title":"区分の名前","description":"例: 歳入確保対策"},"subtotalLabel":{"$ref":"common.schema.json#/$defs/singleLine","title":"小計の名前","description":"この区分の小計の行に印刷する名前。例: 歳入確保対策計。省略すると表の subtotalLabel（既定は 小計）。"}}}},"effectCounting":{"title":"効果額の数え方","description":"年度別の効果額（effects の byYear・years）の数え方。once（その年度だけ数える、既定）または recurring（ある年度に生じた効果を、計画期間のそれより後の年度にも毎年数える。1年目 100、2年目 50 なら、年度の効果額は 100、150、150、累計は 100、250、400）。効果額ごとに recurring で変えられます。数え方は注記（footnotes）に書いてください。","enum":["once","recurring"]},"units":{"title":"単位の一覧","description":"数値目標に使える単位（例: 人、千円、平方メートル、%）。書くと、取組ファイルの単位をこの一覧で確かめます。","type":"array","maxItems":100,"items":{"title":"単位","type":"string","pattern":"^[^\\s]{1,20}$"}},"tables":{"title":"表の形","description":"この報告書で印刷する表。書くと、別表1・別表2 の代わりにこれらの表を印刷します（書かないときの別表1・別表2 も、同じ書き方の表として組まれます: docs/formats.md）。列は種類（kind）を選んで並べる。","type":"array","minItems":1,"maxItems":20,"items":{"title":"表","type":"object","additionalProperties":false,"required":["id","title","rows","columns"],"properties":{"id":{"$ref":"common.schema.json#/$defs/id","title":"表の記号","description":"出力のファイル名になる。例: effects → effects.html、opendata/effects.csv"},"label":{"$ref":"common.schema.json#/$defs/singleLine","title":"表の番号","description":"例: 別表3。番号のない表では省略します。"},"title":{"$ref":"common.schema.json#/$defs/singleLine","title":"表題","description":"表の上に印刷する題名。"},"rows":{"title":"行の単位","description":"initiatives（取組ごとに1行）、indicators（数値目標ごとに1行）、effects（効果額ごとに1行）、verification（検証の取組項目ごとに1行。1つの取組に複数行）。","enum":["initiatives","indicators","effects","verification"]},"layout":{"title":"表の組み方","description":"rows（1つを1行に並べる表、既定）または cards（個票: 取組ごとに1枚。列は「見出し｜内容」の行になり、その後に card の小さな表（主要事業とその予算額、指標と年度別の目標など）が続く）。cards のとき行の単位（rows）は initiatives。","enum":["rows","cards"]},"card":{"title":"個票の形","description":"layout: cards のとき: 個票ごとの改ページと、個票の中の小さな表。","type":"object","additionalProperties":false,"properties":{"newPage":{"title":"個票ごとに改ページ","description":"true（既定）: 個票ごとに新しいページから印刷する。false: 個票を続けて印刷する（ページの途中から次の個票が始まる）。","type":"boolean"},"tables":{"title":"個票の中の表","description":"見出し｜内容の行の後に、上から順に印刷する小さな表。","type":"array","minItems":1,"maxItems":10,"items":{"title":"個票の中の表","type":"object","additionalProperties":false,"required":["title","rows","columns"],"properties":{"id":{"$ref":"common.schema.json#/$defs/id","title":"表の記号","description":"オープンデータのファイル名になる（表の記号-この記号.csv）。省略すると行の単位（例: projects）。"},"title":{"$ref":"common.schema.json#/$defs/singleLine","title":"表題","description":"小さな表の上に印刷する見出し。例: 主要事業"},"rows":{"title":"行の単位","description":"projects（取組ファイルの主要事業ごとに1行）、indicators（数値目標ごとに1行）、effects（効果額ごとに1行）。","enum":["projects","indicators","effects"]},"total":{"title":"合計","description":"表の最後に合計の行を印刷する（予算額など金額の列）。","type":"boolean"},"totalLabel":{"$ref":"common.schema.json#/$defs/singleLine","title":"合計の名前","description":"合計の行に印刷する名前。省略すると 合計。"},"empty":{"$ref":"common.schema.json#/$defs/singleLine","title":"行がないときの文","description":"その取組に行が1つもないときに表の代わりに印刷する文。省略すると 該当なし。"},"columns":{"title":"列","description":"左から順に。書き方は表の列（columns）と同じ。","type":"array","minItems":1,"maxItems":20,"items":{"$ref":"#/properties/tables/items/properties/columns/items"}}}}}}},"groupBy":{"title":"まとめ方","description":"section（章・中項目の見出しで区切る、既定）、category（効果額の区分で区切る）、none（区切らない）。","enum":["section","category","none"]},"splitBy":{"title":"表の分け方","description":"group にすると、まとめ方（groupBy）の区切りごとに表を分けて印刷する。区切りごとに見出しと表（見出し行・小計付き）を印刷し、合計（total）はその後に合計だけの小さな表にする。Excel も同じ並び。オープンデータは分けずに1つの表（区切りは 区分・章 の列）。省略すると1つの表。","enum":["group"]},"sectionPages":{"title":"章ごとのページ","description":"true にすると、章ごとに表を分けて新しいページから始める（groupBy: section のとき）。ページをまたぐ表は、表の名前と章の見出しに（続き）を付けて繰り返し、1つの取組の行は途中で切らずに次のページへ送る（1ページに収まらないものは段落ごとに分ける）。","type":"boolean"},"sectionHeading":{"title":"章の見出しの位置","description":"sectionPages のとき、章の見出しを row（表の中の行、既定）または above（表の上の見出し）に印刷する。","enum":["row","above"]},"subtotals":{"title":"小計","description":"区切りごとに小計の行を印刷する（金額・数値の列）。内数の行は加えない。","type":"boolean"},"total":{"title":"合計","description":"表の最後に合計の行を印刷する。内数の行は加えない。","type":"boolean"},"subtotalLabel":{"$ref":"common.schema.json#/$defs/singleLine","title":"小計の名前","description":"小計の行に印刷する名前。{group} は区切りの名前に置き換わる。例: {group}計 → 歳入確保対策計。省略すると 小計。区分ごとの名前は categories の subtotalLabel。"},"totalLabel":{"$ref":"common.schema.json#/$defs/singleLine","title":"合計の名前","description":"合計の行に印刷する名前。例: 総合計。省略すると 合計。"},"singleRowSubtotals":{"title":"1行の区切りの小計","description":"false にすると、行が1つだけの区切りには小計を印刷しない（小計がその行と同じになるため）。省略すると印刷する。","type":"boolean"},"numbering":{"title":"番号の付け方（この表）","description":"この表の番号欄の形。report.yaml の numbering と同じ書き方に加えて、{row} は区切り（区分・章）ごとに 1 から数え直す行の番号。例: \"{row}\" → 区分ごとに 1、2、3…。省略すると report.yaml の numbering。","type":"string","pattern":"^[^\\n\\r]{1,60}$"},"lead":{"$ref":"common.schema.json#/$defs/singleLine","title":"前文","description":"表の上に印刷する文。{total.列の記号} は合計の行のその列の値、{subtotal.区分の記号.列の記号} は小計の値に置き換わる。|万円 を付けると 1億2,345万6千円 のように億・万の言葉で書く（列の単位が 円・千円・万円 のとき）。例: 効果見込額{total.planned|万円}に対し、効果実績額は{total.actual|万円}でした。"},"summary":{"$ref":"common.schema.json#/$defs/id","title":"件数の集計","description":"評価の尺度の id。表の下に「達成 51項目、部分実施 56項目」のように評価ごとの件数を印刷する（再掲は一度だけ数える）。"},"unitNote":{"$ref":"common.schema.json#/$defs/singleLine","title":"単位の注記","description":"表の右上に印刷する。例: （単位：千円）"},"legend":{"title":"凡例","description":"評価の尺度の凡例（rating の列）と、今後の取組方向の区分の凡例（verification.direction の列。report.yaml の directions）を表の上に印刷するか。","type":"boolean"},"legendIntro":{"$ref":"common.schema.json#/$defs/singleLine","title":"区分の凡例の前置き","description":"区分の凡例の前に印刷する文。例: ・今後の取組方向は、次のとおり区分しています。"},"editionLine":{"title":"団体名と版の行","description":"false にすると、表題の下に団体名と版（令和7年度上半期）を印刷しない（表題に版が入っているとき）。省略すると印刷する。","type":"boolean"},"form":{"title":"照会様式","description":"各課に送る照会様式（reform forms）でのこの表のシート。省略すると、シート名は表の番号（label）または表題、表題は「表題（番号）」で、その課の行がある様式にだけ入る。","type":"object","additionalProperties":false,"properties":{"sheet":{"$ref":"common.schema.json#/$defs/singleLine","title":"シート名","description":"様式でのシートの名前（31字まで。[ ] : * ? / \\ は _ に置き換える）。例: 実績"},"title":{"$ref":"common.schema.json#/$defs/singleLine","title":"様式の表題","description":"シートの1行目に印刷する表題。{edition} は版（令和7年度上半期）に置き換える。例: {edition}の取組状況（別表1）"},"always":{"title":"どの課の様式にも入れる","description":"true にすると、その課の行がないときも様式に入れる（「この課が記入する行はありません。」と印刷する）。","type":"boolean"}}},"fillWidth":{"title":"Excel の列の幅","description":"true にすると、Excel のシートも列の幅（width）をこの比で用紙の幅いっぱいに分ける（別表1・別表2 と同じ倍率で印刷）。省略すると、列は width の文字数の幅（広すぎる表は文章の列を狭めて収める）。","type":"boolean"},"openData":{"title":"オープンデータ","description":"この表から作るオープンデータのファイル（opendata/記号.csv・.json・-columns.csv）を上から順に。省略すると table（表の行ごとに1行）と、工程の列があれば schedule（工程の段階ごとに1行）。個票の中の表のファイルは、いつもその後に続きます。","type":"array","minItems":1,"maxItems":10,"items":{"title":"オープンデータのファイル","type":"object","additionalProperties":false,"required":["rows"],"properties":{"rows":{"title":"行の単位","description":"table（表の行ごとに1行。小計・合計を除く）、schedule（工程の段階ごとに1行。工程の列のある表だけ）、schedule-years（取組項目の工程の段と年度ごとに1行）、initiatives（取組ごとに1行: 章、章内の番号、達成年度、担当部・課）、plans-results（取組・年度ごとの年次計画と実績（上半期・年間）ごとに1行）、verification（検証の行ごとに1行: 区分とその内容、区分の理由）。","enum":["table","schedule","schedule-years","initiatives","plans-results","verification"]},"id":{"$ref":"common.schema.json#/$defs/id","title":"ファイルの記号","description":"ファイル名になる。例: initiatives → opendata/initiatives.csv。省略すると table は表の記号、ほかは 表の記号-行の単位（例: progress-schedule）。"},"title":{"$ref":"common.schema.json#/$defs/singleLine","title":"名前","description":"一覧（index.html）と JSON の title に書く名前。省略すると table は表の番号と表題、schedule は それに（工程）、ほかは 具体的取組・工程・年次計画・実績・検証。"}}}},"indexSummary":{"$ref":"common.schema.json#/$defs/singleLine","title":"一覧での説明","description":"出力の一覧（index.html）で、表へのリンクの下に印刷する説明。省略すると「12行。列: 番号、取組名…。」のように行の数と列見出し。"},"footnotes":{"title":"注記","description":"表の下に印刷する注記（※…）。取組ファイルの footnotes もこの後に番号付きで印刷します。","type":"array","maxItems":30,"items":{"$ref":"common.schema.json#/$defs/singleLine","title":"注記","description":"例: ※（　）は内数で、合計には含みません。"}},"columns":{"title":"列","description":"左から順に。","type":"array","minItems":1,"maxItems":40,"items":{"title":"列","type":"object","additionalProperties":false,"required":["kind","heading"],"properties":{"kind":{"title":"列の種類","description":"number 番号、title 取組名、text 文章（field で指定）、division 担当課、schedule 工程、item 取組項目（工程の行ごとの名前）、indicator.label 指標名、indicator.unit 単位、indicator.base 基準値、indicator.baseDate 基準値の時点、indicator.target 目標値、indicator.targetYear 目標年度、indicator.actual 実績値（year の年度）、indicator.cumulative 累計、indicator.progress 進捗率、indicator.yearTarget 年度別の目標値（year の年度、数値目標の targets）、effect.category 区分、effect.label 効果額の項目、effect.planned 効果見込額、effect.actual 効果実績額、effect.difference 差額（実績−見込）、effect.year 年度別の効果額（year の年度。数え方 recurring ではそれまでの年度の効果も含む）、effect.yearTotal 年度別効果額の計、effect.cumulative 年度別効果額の累計（year の年度まで）、effect.yearPlanned その年度の見込額（years）、effect.yearActual その年度の実績額（years）、effect.plannedTotal 見込額の計（years）、effect.actualTotal 実績額の計（years）、effect.rate 率（実績額÷見込額、base で分母を選ぶ）、project.name 主要事業の事業名、project.summary 主要事業の概要、project.budget 主要事業の予算額（year の年度）、project.budgetTotal 主要事業の予算額の計（書かれた年度の合計）、rating 評価（scale の尺度）、rating.change 前期からの評価の変化、plan 年次計画（版の年度。達成済の注記も）、result 実績（版の期間: 上半期または年間）、verification.item 検証の取組項目、verification.content 内容、verification.outcome 実績・効果、verification.direction 今後の取組方向の区分、verification.reason 区分の理由（下の行と共通の理由は行をまたぐ）、verification.division 検証の行の担当課（課の名前。同じ名前の課が複数の部にあるときは部も）。verification.* は rows: verification の表で使う。","enum":["number","title","text","division","schedule","item","indicator.label","indicator.unit","indicator.base","indicator.baseDate","indicator.target","indicator.targetYear","indicator.actual","indicator.cumulative","indicator.progress","indicator.yearTarget","effect.category","effect.label","effect.planned","effect.actual","effect.difference","effect.year","effect.yearTotal","effect.cumulative","effect.yearPlanned","effect.yearActual","effect.plannedTotal","effect.actualTotal","effect.rate","project.name","project.summary","project.budget","project.budgetTotal","rating","rating.change","plan","result","verification.item","verification.content","verification.outcome","verification.direction","verification.reason","verification.division"]},"heading":{"$ref":"common.schema.json#/$defs/singleLine","title":"列見出し","description":"例: 効果実績額(B)"},"id":{"$ref":"common.schema.json#/$defs/id","title":"列の記号","description":"前文（lead）でこの列の値を使うときの記号。例: planned"},"group":{"$ref":"common.schema.json#/$defs/singleLine","title":"列の組の見出し","description":"続けて並ぶ列に同じ group を書くと、その上にまとめの見出しを1つ印刷する。例: 令和6年度（見込額と実績額の上）、目標（参考）。"},"span":{"title":"行をまたぐセル","description":"initiative にすると、1つの取組の行（rows: verification などで複数行になるとき）をまたぐ1つのセルにする。例: 番号、取組名。","enum":["initiative"]},"numbering":{"title":"取組名の前の番号","description":"kind: title のとき、取組名の前に印刷する番号の形（report.yaml の numbering と同じ書き方）。例: {local} → ① 取組名。","type":"string","pattern":"^[^\\n\\r]{1,60}$"},"checkbox":{"title":"取組項目の□","description":"kind: item のとき true にすると、取組項目の前に□を印刷する（取組ファイルで checkbox: false の項目を除く）。","type":"boolean"},"base":{"title":"率の分母","description":"kind: effect.rate のとき、何に対する率か。planned（その年度の見込額、year がなければ効果見込額、既定）または plannedTotal（計画期間の見込額の計）。分子はその年度の実績額（year がなければ効果実績額）。","enum":["planned","plannedTotal"]},"width":{"title":"列の幅","description":"全角文字の数で。例: 8。省略すると残りの幅を分け合います。","type":"number","minimum":1,"maximum":100},"field":{"$ref":"common.schema.json#/$defs/id","title":"文章欄のキー","description":"kind: text のとき、取組ファイルの fields のキー。例: summary"},"year":{"$ref":"common.schema.json#/$defs/fiscalYear","title":"年度","description":"indicator.actual、indicator.yearTarget、project.budget、effect.year、effect.cumulative、effect.yearPlanned、effect.yearActual、effect.rate の年度（西暦）。"},"scale":{"$ref":"common.schema.json#/$defs/id","title":"尺度","description":"kind: rating と rating.change のとき、ratingScales の id。"},"period":{"title":"評価の時点","description":"current（今回の版、既定）または previous（前年度）。","enum":["current","previous"]},"show":{"title":"評価の表し方","description":"symbol（印と読み、既定）、label（名前）、code（記号）。","enum":["symbol","label","code"]},"resolution":{"title":"工程の刻み","description":"kind: schedule のとき、year（年度、既定）、half（上期・下期）、quarter（四半期）。","enum":["year","half","quarter"]},"format":{"title":"数値の書式","description":"数値の印刷のしかた。","type":"object","additionalProperties":false,"properties":{"unit":{"title":"単位","description":"数値の後に付ける単位。例: 千円、%。指標の列では省略すると指標の単位。","type":"string","pattern":"^[^\\s]{0,20}$"},"unitIn":{"title":"単位の位置","description":"cell（各セルの数値の後、既定）または header（列見出しに（千円）と付け、セルは数値だけ）。","enum":["cell","header"]},"decimals":{"title":"小数点以下の桁数","description":"例: 0（既定）、1","type":"integer","minimum":0,"maximum":4},"negative":{"title":"負の数の印","description":"triangle（△66,669、既定）または minus（-66,669）。","enum":["triangle","minus"]}}}}}}}}}}};
const schema33 = {"type":"string","minLength":1,"maxLength":500,"pattern":"^[^\\n\\r]*$"};
const schema35 = {"title":"年度","description":"西暦の年度（4月始まり）。例: 2019 は令和元年度。","type":"integer","minimum":1868,"maximum":2200};
const schema45 = {"title":"記号","description":"半角英数字、- と _（例: effects, A-1）。","type":"string","pattern":"^[A-Za-z0-9_-]{1,40}$"};
const func1 = Object.prototype.hasOwnProperty;
const func2 = runtime_ucs2length.default;
const pattern4 = new RegExp("^[^\\n\\r]*$", "u");
const pattern11 = new RegExp("^[A-Za-z0-9_-]{1,20}$", "u");
const pattern14 = new RegExp("^[A-Za-z0-9_-]{1,40}$", "u");
const pattern16 = new RegExp("^[A-Z]$", "u");
const pattern19 = new RegExp("^[^/\\s]+$", "u");
const pattern20 = new RegExp("^[^/\\s]+(/[^/\\s]+)?$", "u");
const pattern21 = new RegExp("^[^\\n\\r]{1,60}$", "u");
const pattern24 = new RegExp("^[^\\s]{1,10}$", "u");
const pattern32 = new RegExp("^[^\\s]{1,20}$", "u");
const pattern46 = new RegExp("^[^\\s]{0,20}$", "u");
const schema65 = {"title":"列","type":"object","additionalProperties":false,"required":["kind","heading"],"properties":{"kind":{"title":"列の種類","description":"number 番号、title 取組名、text 文章（field で指定）、division 担当課、schedule 工程、item 取組項目（工程の行ごとの名前）、indicator.label 指標名、indicator.unit 単位、indicator.base 基準値、indicator.baseDate 基準値の時点、indicator.target 目標値、indicator.targetYear 目標年度、indicator.actual 実績値（year の年度）、indicator.cumulative 累計、indicator.progress 進捗率、indicator.yearTarget 年度別の目標値（year の年度、数値目標の targets）、effect.category 区分、effect.label 効果額の項目、effect.planned 効果見込額、effect.actual 効果実績額、effect.difference 差額（実績−見込）、effect.year 年度別の効果額（year の年度。数え方 recurring ではそれまでの年度の効果も含む）、effect.yearTotal 年度別効果額の計、effect.cumulative 年度別効果額の累計（year の年度まで）、effect.yearPlanned その年度の見込額（years）、effect.yearActual その年度の実績額（years）、effect.plannedTotal 見込額の計（years）、effect.actualTotal 実績額の計（years）、effect.rate 率（実績額÷見込額、base で分母を選ぶ）、project.name 主要事業の事業名、project.summary 主要事業の概要、project.budget 主要事業の予算額（year の年度）、project.budgetTotal 主要事業の予算額の計（書かれた年度の合計）、rating 評価（scale の尺度）、rating.change 前期からの評価の変化、plan 年次計画（版の年度。達成済の注記も）、result 実績（版の期間: 上半期または年間）、verification.item 検証の取組項目、verification.content 内容、verification.outcome 実績・効果、verification.direction 今後の取組方向の区分、verification.reason 区分の理由（下の行と共通の理由は行をまたぐ）、verification.division 検証の行の担当課（課の名前。同じ名前の課が複数の部にあるときは部も）。verification.* は rows: verification の表で使う。","enum":["number","title","text","division","schedule","item","indicator.label","indicator.unit","indicator.base","indicator.baseDate","indicator.target","indicator.targetYear","indicator.actual","indicator.cumulative","indicator.progress","indicator.yearTarget","effect.category","effect.label","effect.planned","effect.actual","effect.difference","effect.year","effect.yearTotal","effect.cumulative","effect.yearPlanned","effect.yearActual","effect.plannedTotal","effect.actualTotal","effect.rate","project.name","project.summary","project.budget","project.budgetTotal","rating","rating.change","plan","result","verification.item","verification.content","verification.outcome","verification.direction","verification.reason","verification.division"]},"heading":{"$ref":"common.schema.json#/$defs/singleLine","title":"列見出し","description":"例: 効果実績額(B)"},"id":{"$ref":"common.schema.json#/$defs/id","title":"列の記号","description":"前文（lead）でこの列の値を使うときの記号。例: planned"},"group":{"$ref":"common.schema.json#/$defs/singleLine","title":"列の組の見出し","description":"続けて並ぶ列に同じ group を書くと、その上にまとめの見出しを1つ印刷する。例: 令和6年度（見込額と実績額の上）、目標（参考）。"},"span":{"title":"行をまたぐセル","description":"initiative にすると、1つの取組の行（rows: verification などで複数行になるとき）をまたぐ1つのセルにする。例: 番号、取組名。","enum":["initiative"]},"numbering":{"title":"取組名の前の番号","description":"kind: title のとき、取組名の前に印刷する番号の形（report.yaml の numbering と同じ書き方）。例: {local} → ① 取組名。","type":"string","pattern":"^[^\\n\\r]{1,60}$"},"checkbox":{"title":"取組項目の□","description":"kind: item のとき true にすると、取組項目の前に□を印刷する（取組ファイルで checkbox: false の項目を除く）。","type":"boolean"},"base":{"title":"率の分母","description":"kind: effect.rate のとき、何に対する率か。planned（その年度の見込額、year がなければ効果見込額、既定）または plannedTotal（計画期間の見込額の計）。分子はその年度の実績額（year がなければ効果実績額）。","enum":["planned","plannedTotal"]},"width":{"title":"列の幅","description":"全角文字の数で。例: 8。省略すると残りの幅を分け合います。","type":"number","minimum":1,"maximum":100},"field":{"$ref":"common.schema.json#/$defs/id","title":"文章欄のキー","description":"kind: text のとき、取組ファイルの fields のキー。例: summary"},"year":{"$ref":"common.schema.json#/$defs/fiscalYear","title":"年度","description":"indicator.actual、indicator.yearTarget、project.budget、effect.year、effect.cumulative、effect.yearPlanned、effect.yearActual、effect.rate の年度（西暦）。"},"scale":{"$ref":"common.schema.json#/$defs/id","title":"尺度","description":"kind: rating と rating.change のとき、ratingScales の id。"},"period":{"title":"評価の時点","description":"current（今回の版、既定）または previous（前年度）。","enum":["current","previous"]},"show":{"title":"評価の表し方","description":"symbol（印と読み、既定）、label（名前）、code（記号）。","enum":["symbol","label","code"]},"resolution":{"title":"工程の刻み","description":"kind: schedule のとき、year（年度、既定）、half（上期・下期）、quarter（四半期）。","enum":["year","half","quarter"]},"format":{"title":"数値の書式","description":"数値の印刷のしかた。","type":"object","additionalProperties":false,"properties":{"unit":{"title":"単位","description":"数値の後に付ける単位。例: 千円、%。指標の列では省略すると指標の単位。","type":"string","pattern":"^[^\\s]{0,20}$"},"unitIn":{"title":"単位の位置","description":"cell（各セルの数値の後、既定）または header（列見出しに（千円）と付け、セルは数値だけ）。","enum":["cell","header"]},"decimals":{"title":"小数点以下の桁数","description":"例: 0（既定）、1","type":"integer","minimum":0,"maximum":4},"negative":{"title":"負の数の印","description":"triangle（△66,669、既定）または minus（-66,669）。","enum":["triangle","minus"]}}}}};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema65.required,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.heading === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "heading"},message:"must have required property '"+"heading"+"'",schema:schema65.required,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema65.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if(!(((((((((((((((((((((((((((((((((((((((((((data0 === "number") || (data0 === "title")) || (data0 === "text")) || (data0 === "division")) || (data0 === "schedule")) || (data0 === "item")) || (data0 === "indicator.label")) || (data0 === "indicator.unit")) || (data0 === "indicator.base")) || (data0 === "indicator.baseDate")) || (data0 === "indicator.target")) || (data0 === "indicator.targetYear")) || (data0 === "indicator.actual")) || (data0 === "indicator.cumulative")) || (data0 === "indicator.progress")) || (data0 === "indicator.yearTarget")) || (data0 === "effect.category")) || (data0 === "effect.label")) || (data0 === "effect.planned")) || (data0 === "effect.actual")) || (data0 === "effect.difference")) || (data0 === "effect.year")) || (data0 === "effect.yearTotal")) || (data0 === "effect.cumulative")) || (data0 === "effect.yearPlanned")) || (data0 === "effect.yearActual")) || (data0 === "effect.plannedTotal")) || (data0 === "effect.actualTotal")) || (data0 === "effect.rate")) || (data0 === "project.name")) || (data0 === "project.summary")) || (data0 === "project.budget")) || (data0 === "project.budgetTotal")) || (data0 === "rating")) || (data0 === "rating.change")) || (data0 === "plan")) || (data0 === "result")) || (data0 === "verification.item")) || (data0 === "verification.content")) || (data0 === "verification.outcome")) || (data0 === "verification.direction")) || (data0 === "verification.reason")) || (data0 === "verification.division"))){
const err3 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema65.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema65.properties.kind.enum,parentSchema:schema65.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.heading !== undefined){
let data1 = data.heading;
if(typeof data1 === "string"){
if(func2(data1) > 500){
const err4 = {instancePath:instancePath+"/heading",schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(func2(data1) < 1){
const err5 = {instancePath:instancePath+"/heading",schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern4.test(data1)){
const err6 = {instancePath:instancePath+"/heading",schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/heading",schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.id !== undefined){
let data2 = data.id;
if(typeof data2 === "string"){
if(!pattern14.test(data2)){
const err8 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,40}$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{1,40}$"+"\"",schema:"^[A-Za-z0-9_-]{1,40}$",parentSchema:schema45,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.type,parentSchema:schema45,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.group !== undefined){
let data3 = data.group;
if(typeof data3 === "string"){
if(func2(data3) > 500){
const err10 = {instancePath:instancePath+"/group",schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func2(data3) < 1){
const err11 = {instancePath:instancePath+"/group",schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!pattern4.test(data3)){
const err12 = {instancePath:instancePath+"/group",schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/group",schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.span !== undefined){
let data4 = data.span;
if(!(data4 === "initiative")){
const err14 = {instancePath:instancePath+"/span",schemaPath:"#/properties/span/enum",keyword:"enum",params:{allowedValues: schema65.properties.span.enum},message:"must be equal to one of the allowed values",schema:schema65.properties.span.enum,parentSchema:schema65.properties.span,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.numbering !== undefined){
let data5 = data.numbering;
if(typeof data5 === "string"){
if(!pattern21.test(data5)){
const err15 = {instancePath:instancePath+"/numbering",schemaPath:"#/properties/numbering/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]{1,60}$"},message:"must match pattern \""+"^[^\\n\\r]{1,60}$"+"\"",schema:"^[^\\n\\r]{1,60}$",parentSchema:schema65.properties.numbering,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/numbering",schemaPath:"#/properties/numbering/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties.numbering.type,parentSchema:schema65.properties.numbering,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.checkbox !== undefined){
let data6 = data.checkbox;
if(typeof data6 !== "boolean"){
const err17 = {instancePath:instancePath+"/checkbox",schemaPath:"#/properties/checkbox/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema65.properties.checkbox.type,parentSchema:schema65.properties.checkbox,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.base !== undefined){
let data7 = data.base;
if(!((data7 === "planned") || (data7 === "plannedTotal"))){
const err18 = {instancePath:instancePath+"/base",schemaPath:"#/properties/base/enum",keyword:"enum",params:{allowedValues: schema65.properties.base.enum},message:"must be equal to one of the allowed values",schema:schema65.properties.base.enum,parentSchema:schema65.properties.base,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.width !== undefined){
let data8 = data.width;
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 100 || isNaN(data8)){
const err19 = {instancePath:instancePath+"/width",schemaPath:"#/properties/width/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema65.properties.width,data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data8 < 1 || isNaN(data8)){
const err20 = {instancePath:instancePath+"/width",schemaPath:"#/properties/width/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema65.properties.width,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/width",schemaPath:"#/properties/width/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema65.properties.width.type,parentSchema:schema65.properties.width,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.field !== undefined){
let data9 = data.field;
if(typeof data9 === "string"){
if(!pattern14.test(data9)){
const err22 = {instancePath:instancePath+"/field",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,40}$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{1,40}$"+"\"",schema:"^[A-Za-z0-9_-]{1,40}$",parentSchema:schema45,data:data9};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/field",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.type,parentSchema:schema45,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.year !== undefined){
let data10 = data.year;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err24 = {instancePath:instancePath+"/year",schemaPath:"common.schema.json#/$defs/fiscalYear/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema35.type,parentSchema:schema35,data:data10};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 2200 || isNaN(data10)){
const err25 = {instancePath:instancePath+"/year",schemaPath:"common.schema.json#/$defs/fiscalYear/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2200},message:"must be <= 2200",schema:2200,parentSchema:schema35,data:data10};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data10 < 1868 || isNaN(data10)){
const err26 = {instancePath:instancePath+"/year",schemaPath:"common.schema.json#/$defs/fiscalYear/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1868},message:"must be >= 1868",schema:1868,parentSchema:schema35,data:data10};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
if(data.scale !== undefined){
let data11 = data.scale;
if(typeof data11 === "string"){
if(!pattern14.test(data11)){
const err27 = {instancePath:instancePath+"/scale",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,40}$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{1,40}$"+"\"",schema:"^[A-Za-z0-9_-]{1,40}$",parentSchema:schema45,data:data11};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/scale",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.type,parentSchema:schema45,data:data11};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.period !== undefined){
let data12 = data.period;
if(!((data12 === "current") || (data12 === "previous"))){
const err29 = {instancePath:instancePath+"/period",schemaPath:"#/properties/period/enum",keyword:"enum",params:{allowedValues: schema65.properties.period.enum},message:"must be equal to one of the allowed values",schema:schema65.properties.period.enum,parentSchema:schema65.properties.period,data:data12};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.show !== undefined){
let data13 = data.show;
if(!(((data13 === "symbol") || (data13 === "label")) || (data13 === "code"))){
const err30 = {instancePath:instancePath+"/show",schemaPath:"#/properties/show/enum",keyword:"enum",params:{allowedValues: schema65.properties.show.enum},message:"must be equal to one of the allowed values",schema:schema65.properties.show.enum,parentSchema:schema65.properties.show,data:data13};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.resolution !== undefined){
let data14 = data.resolution;
if(!(((data14 === "year") || (data14 === "half")) || (data14 === "quarter"))){
const err31 = {instancePath:instancePath+"/resolution",schemaPath:"#/properties/resolution/enum",keyword:"enum",params:{allowedValues: schema65.properties.resolution.enum},message:"must be equal to one of the allowed values",schema:schema65.properties.resolution.enum,parentSchema:schema65.properties.resolution,data:data14};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.format !== undefined){
let data15 = data.format;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
for(const key1 in data15){
if(!((((key1 === "unit") || (key1 === "unitIn")) || (key1 === "decimals")) || (key1 === "negative"))){
const err32 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema65.properties.format,data:data15};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data15.unit !== undefined){
let data16 = data15.unit;
if(typeof data16 === "string"){
if(!pattern46.test(data16)){
const err33 = {instancePath:instancePath+"/format/unit",schemaPath:"#/properties/format/properties/unit/pattern",keyword:"pattern",params:{pattern: "^[^\\s]{0,20}$"},message:"must match pattern \""+"^[^\\s]{0,20}$"+"\"",schema:"^[^\\s]{0,20}$",parentSchema:schema65.properties.format.properties.unit,data:data16};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/format/unit",schemaPath:"#/properties/format/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties.format.properties.unit.type,parentSchema:schema65.properties.format.properties.unit,data:data16};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data15.unitIn !== undefined){
let data17 = data15.unitIn;
if(!((data17 === "cell") || (data17 === "header"))){
const err35 = {instancePath:instancePath+"/format/unitIn",schemaPath:"#/properties/format/properties/unitIn/enum",keyword:"enum",params:{allowedValues: schema65.properties.format.properties.unitIn.enum},message:"must be equal to one of the allowed values",schema:schema65.properties.format.properties.unitIn.enum,parentSchema:schema65.properties.format.properties.unitIn,data:data17};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data15.decimals !== undefined){
let data18 = data15.decimals;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
const err36 = {instancePath:instancePath+"/format/decimals",schemaPath:"#/properties/format/properties/decimals/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema65.properties.format.properties.decimals.type,parentSchema:schema65.properties.format.properties.decimals,data:data18};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 > 4 || isNaN(data18)){
const err37 = {instancePath:instancePath+"/format/decimals",schemaPath:"#/properties/format/properties/decimals/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4},message:"must be <= 4",schema:4,parentSchema:schema65.properties.format.properties.decimals,data:data18};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data18 < 0 || isNaN(data18)){
const err38 = {instancePath:instancePath+"/format/decimals",schemaPath:"#/properties/format/properties/decimals/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema65.properties.format.properties.decimals,data:data18};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
if(data15.negative !== undefined){
let data19 = data15.negative;
if(!((data19 === "triangle") || (data19 === "minus"))){
const err39 = {instancePath:instancePath+"/format/negative",schemaPath:"#/properties/format/properties/negative/enum",keyword:"enum",params:{allowedValues: schema65.properties.format.properties.negative.enum},message:"must be equal to one of the allowed values",schema:schema65.properties.format.properties.negative.enum,parentSchema:schema65.properties.format.properties.negative,data:data19};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema65.properties.format.type,parentSchema:schema65.properties.format,data:data15};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema65.type,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://reform.local/schema/manifest.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.title === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.organisation === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "organisation"},message:"must have required property '"+"organisation"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.planPeriod === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "planPeriod"},message:"must have required property '"+"planPeriod"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.edition === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "edition"},message:"must have required property '"+"edition"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.sections === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sections"},message:"must have required property '"+"sections"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.departments === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "departments"},message:"must have required property '"+"departments"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema31.properties, key0))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.title !== undefined){
let data0 = data.title;
if(typeof data0 === "string"){
if(func2(data0) > 500){
const err7 = {instancePath:instancePath+"/title",schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func2(data0) < 1){
const err8 = {instancePath:instancePath+"/title",schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!pattern4.test(data0)){
const err9 = {instancePath:instancePath+"/title",schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/title",schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.organisation !== undefined){
let data1 = data.organisation;
if(typeof data1 === "string"){
if(func2(data1) > 500){
const err11 = {instancePath:instancePath+"/organisation",schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(func2(data1) < 1){
const err12 = {instancePath:instancePath+"/organisation",schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!pattern4.test(data1)){
const err13 = {instancePath:instancePath+"/organisation",schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/organisation",schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.planPeriod !== undefined){
let data2 = data.planPeriod;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.from === undefined){
const err15 = {instancePath:instancePath+"/planPeriod",schemaPath:"#/properties/planPeriod/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema31.properties.planPeriod.required,parentSchema:schema31.properties.planPeriod,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data2.to === undefined){
const err16 = {instancePath:instancePath+"/planPeriod",schemaPath:"#/properties/planPeriod/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'",schema:schema31.properties.planPeriod.required,parentSchema:schema31.properties.planPeriod,data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key1 in data2){
if(!((key1 === "from") || (key1 === "to"))){
const err17 = {instancePath:instancePath+"/planPeriod",schemaPath:"#/properties/planPeriod/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.planPeriod,data:data2};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data2.from !== undefined){
let data3 = data2.from;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err18 = {instancePath:instancePath+"/planPeriod/from",schemaPath:"common.schema.json#/$defs/fiscalYear/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema35.type,parentSchema:schema35,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 2200 || isNaN(data3)){
const err19 = {instancePath:instancePath+"/planPeriod/from",schemaPath:"common.schema.json#/$defs/fiscalYear/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2200},message:"must be <= 2200",schema:2200,parentSchema:schema35,data:data3};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data3 < 1868 || isNaN(data3)){
const err20 = {instancePath:instancePath+"/planPeriod/from",schemaPath:"common.schema.json#/$defs/fiscalYear/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1868},message:"must be >= 1868",schema:1868,parentSchema:schema35,data:data3};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
if(data2.to !== undefined){
let data4 = data2.to;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err21 = {instancePath:instancePath+"/planPeriod/to",schemaPath:"common.schema.json#/$defs/fiscalYear/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema35.type,parentSchema:schema35,data:data4};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 2200 || isNaN(data4)){
const err22 = {instancePath:instancePath+"/planPeriod/to",schemaPath:"common.schema.json#/$defs/fiscalYear/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2200},message:"must be <= 2200",schema:2200,parentSchema:schema35,data:data4};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data4 < 1868 || isNaN(data4)){
const err23 = {instancePath:instancePath+"/planPeriod/to",schemaPath:"common.schema.json#/$defs/fiscalYear/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1868},message:"must be >= 1868",schema:1868,parentSchema:schema35,data:data4};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
}
else {
const err24 = {instancePath:instancePath+"/planPeriod",schemaPath:"#/properties/planPeriod/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.planPeriod.type,parentSchema:schema31.properties.planPeriod,data:data2};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.edition !== undefined){
let data5 = data.edition;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.fiscalYear === undefined){
const err25 = {instancePath:instancePath+"/edition",schemaPath:"#/properties/edition/required",keyword:"required",params:{missingProperty: "fiscalYear"},message:"must have required property '"+"fiscalYear"+"'",schema:schema31.properties.edition.required,parentSchema:schema31.properties.edition,data:data5};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data5.period === undefined){
const err26 = {instancePath:instancePath+"/edition",schemaPath:"#/properties/edition/required",keyword:"required",params:{missingProperty: "period"},message:"must have required property '"+"period"+"'",schema:schema31.properties.edition.required,parentSchema:schema31.properties.edition,data:data5};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
for(const key2 in data5){
if(!((((key2 === "fiscalYear") || (key2 === "period")) || (key2 === "quarter")) || (key2 === "stage"))){
const err27 = {instancePath:instancePath+"/edition",schemaPath:"#/properties/edition/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.edition,data:data5};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data5.fiscalYear !== undefined){
let data6 = data5.fiscalYear;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err28 = {instancePath:instancePath+"/edition/fiscalYear",schemaPath:"common.schema.json#/$defs/fiscalYear/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema35.type,parentSchema:schema35,data:data6};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 2200 || isNaN(data6)){
const err29 = {instancePath:instancePath+"/edition/fiscalYear",schemaPath:"common.schema.json#/$defs/fiscalYear/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2200},message:"must be <= 2200",schema:2200,parentSchema:schema35,data:data6};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data6 < 1868 || isNaN(data6)){
const err30 = {instancePath:instancePath+"/edition/fiscalYear",schemaPath:"common.schema.json#/$defs/fiscalYear/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1868},message:"must be >= 1868",schema:1868,parentSchema:schema35,data:data6};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
if(data5.period !== undefined){
let data7 = data5.period;
if(!((data7 === "firstHalf") || (data7 === "fullYear"))){
const err31 = {instancePath:instancePath+"/edition/period",schemaPath:"#/properties/edition/properties/period/enum",keyword:"enum",params:{allowedValues: schema31.properties.edition.properties.period.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.edition.properties.period.enum,parentSchema:schema31.properties.edition.properties.period,data:data7};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data5.quarter !== undefined){
let data8 = data5.quarter;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err32 = {instancePath:instancePath+"/edition/quarter",schemaPath:"#/properties/edition/properties/quarter/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.edition.properties.quarter.type,parentSchema:schema31.properties.edition.properties.quarter,data:data8};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 4 || isNaN(data8)){
const err33 = {instancePath:instancePath+"/edition/quarter",schemaPath:"#/properties/edition/properties/quarter/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4},message:"must be <= 4",schema:4,parentSchema:schema31.properties.edition.properties.quarter,data:data8};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data8 < 1 || isNaN(data8)){
const err34 = {instancePath:instancePath+"/edition/quarter",schemaPath:"#/properties/edition/properties/quarter/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.edition.properties.quarter,data:data8};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
if(data5.stage !== undefined){
let data9 = data5.stage;
if(!(((data9 === "interim") || (data9 === "final")) || (data9 === "forecast"))){
const err35 = {instancePath:instancePath+"/edition/stage",schemaPath:"#/properties/edition/properties/stage/enum",keyword:"enum",params:{allowedValues: schema31.properties.edition.properties.stage.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.edition.properties.stage.enum,parentSchema:schema31.properties.edition.properties.stage,data:data9};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/edition",schemaPath:"#/properties/edition/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.edition.type,parentSchema:schema31.properties.edition,data:data5};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.forms !== undefined){
let data10 = data.forms;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key3 in data10){
if(!(key3 === "maxLength")){
const err37 = {instancePath:instancePath+"/forms",schemaPath:"#/properties/forms/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.forms,data:data10};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data10.maxLength !== undefined){
let data11 = data10.maxLength;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
for(const key4 in data11){
if(!((((key4 === "plan") || (key4 === "result")) || (key4 === "verification")) || (key4 === "text"))){
const err38 = {instancePath:instancePath+"/forms/maxLength",schemaPath:"#/properties/forms/properties/maxLength/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.forms.properties.maxLength,data:data11};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data11.plan !== undefined){
let data12 = data11.plan;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err39 = {instancePath:instancePath+"/forms/maxLength/plan",schemaPath:"#/properties/forms/properties/maxLength/properties/plan/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.forms.properties.maxLength.properties.plan.type,parentSchema:schema31.properties.forms.properties.maxLength.properties.plan,data:data12};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 20000 || isNaN(data12)){
const err40 = {instancePath:instancePath+"/forms/maxLength/plan",schemaPath:"#/properties/forms/properties/maxLength/properties/plan/maximum",keyword:"maximum",params:{comparison: "<=", limit: 20000},message:"must be <= 20000",schema:20000,parentSchema:schema31.properties.forms.properties.maxLength.properties.plan,data:data12};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data12 < 1 || isNaN(data12)){
const err41 = {instancePath:instancePath+"/forms/maxLength/plan",schemaPath:"#/properties/forms/properties/maxLength/properties/plan/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.forms.properties.maxLength.properties.plan,data:data12};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
if(data11.result !== undefined){
let data13 = data11.result;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err42 = {instancePath:instancePath+"/forms/maxLength/result",schemaPath:"#/properties/forms/properties/maxLength/properties/result/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.forms.properties.maxLength.properties.result.type,parentSchema:schema31.properties.forms.properties.maxLength.properties.result,data:data13};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 > 20000 || isNaN(data13)){
const err43 = {instancePath:instancePath+"/forms/maxLength/result",schemaPath:"#/properties/forms/properties/maxLength/properties/result/maximum",keyword:"maximum",params:{comparison: "<=", limit: 20000},message:"must be <= 20000",schema:20000,parentSchema:schema31.properties.forms.properties.maxLength.properties.result,data:data13};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data13 < 1 || isNaN(data13)){
const err44 = {instancePath:instancePath+"/forms/maxLength/result",schemaPath:"#/properties/forms/properties/maxLength/properties/result/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.forms.properties.maxLength.properties.result,data:data13};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
if(data11.verification !== undefined){
let data14 = data11.verification;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err45 = {instancePath:instancePath+"/forms/maxLength/verification",schemaPath:"#/properties/forms/properties/maxLength/properties/verification/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.forms.properties.maxLength.properties.verification.type,parentSchema:schema31.properties.forms.properties.maxLength.properties.verification,data:data14};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 > 20000 || isNaN(data14)){
const err46 = {instancePath:instancePath+"/forms/maxLength/verification",schemaPath:"#/properties/forms/properties/maxLength/properties/verification/maximum",keyword:"maximum",params:{comparison: "<=", limit: 20000},message:"must be <= 20000",schema:20000,parentSchema:schema31.properties.forms.properties.maxLength.properties.verification,data:data14};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(data14 < 1 || isNaN(data14)){
const err47 = {instancePath:instancePath+"/forms/maxLength/verification",schemaPath:"#/properties/forms/properties/maxLength/properties/verification/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.forms.properties.maxLength.properties.verification,data:data14};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
if(data11.text !== undefined){
let data15 = data11.text;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err48 = {instancePath:instancePath+"/forms/maxLength/text",schemaPath:"#/properties/forms/properties/maxLength/properties/text/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.forms.properties.maxLength.properties.text.type,parentSchema:schema31.properties.forms.properties.maxLength.properties.text,data:data15};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 > 20000 || isNaN(data15)){
const err49 = {instancePath:instancePath+"/forms/maxLength/text",schemaPath:"#/properties/forms/properties/maxLength/properties/text/maximum",keyword:"maximum",params:{comparison: "<=", limit: 20000},message:"must be <= 20000",schema:20000,parentSchema:schema31.properties.forms.properties.maxLength.properties.text,data:data15};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(data15 < 1 || isNaN(data15)){
const err50 = {instancePath:instancePath+"/forms/maxLength/text",schemaPath:"#/properties/forms/properties/maxLength/properties/text/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.forms.properties.maxLength.properties.text,data:data15};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
}
else {
const err51 = {instancePath:instancePath+"/forms/maxLength",schemaPath:"#/properties/forms/properties/maxLength/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.forms.properties.maxLength.type,parentSchema:schema31.properties.forms.properties.maxLength,data:data11};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
else {
const err52 = {instancePath:instancePath+"/forms",schemaPath:"#/properties/forms/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.forms.type,parentSchema:schema31.properties.forms,data:data10};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.progressTable !== undefined){
let data16 = data.progressTable;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.label === undefined){
const err53 = {instancePath:instancePath+"/progressTable",schemaPath:"#/properties/progressTable/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'",schema:schema31.properties.progressTable.required,parentSchema:schema31.properties.progressTable,data:data16};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(data16.title === undefined){
const err54 = {instancePath:instancePath+"/progressTable",schemaPath:"#/properties/progressTable/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema31.properties.progressTable.required,parentSchema:schema31.properties.progressTable,data:data16};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
for(const key5 in data16){
if(!((key5 === "label") || (key5 === "title"))){
const err55 = {instancePath:instancePath+"/progressTable",schemaPath:"#/properties/progressTable/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.progressTable,data:data16};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data16.label !== undefined){
let data17 = data16.label;
if(typeof data17 === "string"){
if(func2(data17) > 500){
const err56 = {instancePath:instancePath+"/progressTable/label",schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data17};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(func2(data17) < 1){
const err57 = {instancePath:instancePath+"/progressTable/label",schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data17};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(!pattern4.test(data17)){
const err58 = {instancePath:instancePath+"/progressTable/label",schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data17};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
else {
const err59 = {instancePath:instancePath+"/progressTable/label",schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data17};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data16.title !== undefined){
let data18 = data16.title;
if(typeof data18 === "string"){
if(func2(data18) > 500){
const err60 = {instancePath:instancePath+"/progressTable/title",schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data18};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(func2(data18) < 1){
const err61 = {instancePath:instancePath+"/progressTable/title",schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data18};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(!pattern4.test(data18)){
const err62 = {instancePath:instancePath+"/progressTable/title",schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data18};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
else {
const err63 = {instancePath:instancePath+"/progressTable/title",schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data18};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
else {
const err64 = {instancePath:instancePath+"/progressTable",schemaPath:"#/properties/progressTable/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.progressTable.type,parentSchema:schema31.properties.progressTable,data:data16};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data.verificationTable !== undefined){
let data19 = data.verificationTable;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.label === undefined){
const err65 = {instancePath:instancePath+"/verificationTable",schemaPath:"#/properties/verificationTable/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'",schema:schema31.properties.verificationTable.required,parentSchema:schema31.properties.verificationTable,data:data19};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(data19.title === undefined){
const err66 = {instancePath:instancePath+"/verificationTable",schemaPath:"#/properties/verificationTable/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema31.properties.verificationTable.required,parentSchema:schema31.properties.verificationTable,data:data19};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(data19.legendIntro === undefined){
const err67 = {instancePath:instancePath+"/verificationTable",schemaPath:"#/properties/verificationTable/required",keyword:"required",params:{missingProperty: "legendIntro"},message:"must have required property '"+"legendIntro"+"'",schema:schema31.properties.verificationTable.required,parentSchema:schema31.properties.verificationTable,data:data19};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
for(const key6 in data19){
if(!(((key6 === "label") || (key6 === "title")) || (key6 === "legendIntro"))){
const err68 = {instancePath:instancePath+"/verificationTable",schemaPath:"#/properties/verificationTable/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.verificationTable,data:data19};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data19.label !== undefined){
let data20 = data19.label;
if(typeof data20 === "string"){
if(func2(data20) > 500){
const err69 = {instancePath:instancePath+"/verificationTable/label",schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data20};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(func2(data20) < 1){
const err70 = {instancePath:instancePath+"/verificationTable/label",schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data20};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(!pattern4.test(data20)){
const err71 = {instancePath:instancePath+"/verificationTable/label",schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data20};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
else {
const err72 = {instancePath:instancePath+"/verificationTable/label",schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data20};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data19.title !== undefined){
let data21 = data19.title;
if(typeof data21 === "string"){
if(func2(data21) > 500){
const err73 = {instancePath:instancePath+"/verificationTable/title",schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data21};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(func2(data21) < 1){
const err74 = {instancePath:instancePath+"/verificationTable/title",schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data21};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(!pattern4.test(data21)){
const err75 = {instancePath:instancePath+"/verificationTable/title",schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data21};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
else {
const err76 = {instancePath:instancePath+"/verificationTable/title",schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data21};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data19.legendIntro !== undefined){
let data22 = data19.legendIntro;
if(typeof data22 === "string"){
if(func2(data22) > 500){
const err77 = {instancePath:instancePath+"/verificationTable/legendIntro",schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data22};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if(func2(data22) < 1){
const err78 = {instancePath:instancePath+"/verificationTable/legendIntro",schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data22};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if(!pattern4.test(data22)){
const err79 = {instancePath:instancePath+"/verificationTable/legendIntro",schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data22};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
else {
const err80 = {instancePath:instancePath+"/verificationTable/legendIntro",schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data22};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
}
else {
const err81 = {instancePath:instancePath+"/verificationTable",schemaPath:"#/properties/verificationTable/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.verificationTable.type,parentSchema:schema31.properties.verificationTable,data:data19};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data.sections !== undefined){
let data23 = data.sections;
if(Array.isArray(data23)){
if(data23.length > 50){
const err82 = {instancePath:instancePath+"/sections",schemaPath:"#/properties/sections/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items",schema:50,parentSchema:schema31.properties.sections,data:data23};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
if(data23.length < 1){
const err83 = {instancePath:instancePath+"/sections",schemaPath:"#/properties/sections/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.sections,data:data23};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
const len0 = data23.length;
for(let i0=0; i0<len0; i0++){
let data24 = data23[i0];
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
if(data24.id === undefined){
const err84 = {instancePath:instancePath+"/sections/" + i0,schemaPath:"#/properties/sections/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema31.properties.sections.items.required,parentSchema:schema31.properties.sections.items,data:data24};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if(data24.mark === undefined){
const err85 = {instancePath:instancePath+"/sections/" + i0,schemaPath:"#/properties/sections/items/required",keyword:"required",params:{missingProperty: "mark"},message:"must have required property '"+"mark"+"'",schema:schema31.properties.sections.items.required,parentSchema:schema31.properties.sections.items,data:data24};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(data24.title === undefined){
const err86 = {instancePath:instancePath+"/sections/" + i0,schemaPath:"#/properties/sections/items/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema31.properties.sections.items.required,parentSchema:schema31.properties.sections.items,data:data24};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
for(const key7 in data24){
if(!((((key7 === "id") || (key7 === "mark")) || (key7 === "title")) || (key7 === "subsections"))){
const err87 = {instancePath:instancePath+"/sections/" + i0,schemaPath:"#/properties/sections/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.sections.items,data:data24};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data24.id !== undefined){
let data25 = data24.id;
if(typeof data25 === "string"){
if(!pattern11.test(data25)){
const err88 = {instancePath:instancePath+"/sections/" + i0+"/id",schemaPath:"#/properties/sections/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,20}$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{1,20}$"+"\"",schema:"^[A-Za-z0-9_-]{1,20}$",parentSchema:schema31.properties.sections.items.properties.id,data:data25};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
else {
const err89 = {instancePath:instancePath+"/sections/" + i0+"/id",schemaPath:"#/properties/sections/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.sections.items.properties.id.type,parentSchema:schema31.properties.sections.items.properties.id,data:data25};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data24.mark !== undefined){
let data26 = data24.mark;
if(typeof data26 === "string"){
if(func2(data26) > 500){
const err90 = {instancePath:instancePath+"/sections/" + i0+"/mark",schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data26};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
if(func2(data26) < 1){
const err91 = {instancePath:instancePath+"/sections/" + i0+"/mark",schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data26};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
if(!pattern4.test(data26)){
const err92 = {instancePath:instancePath+"/sections/" + i0+"/mark",schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data26};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
else {
const err93 = {instancePath:instancePath+"/sections/" + i0+"/mark",schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data26};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data24.title !== undefined){
let data27 = data24.title;
if(typeof data27 === "string"){
if(func2(data27) > 500){
const err94 = {instancePath:instancePath+"/sections/" + i0+"/title",schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data27};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
if(func2(data27) < 1){
const err95 = {instancePath:instancePath+"/sections/" + i0+"/title",schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data27};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
if(!pattern4.test(data27)){
const err96 = {instancePath:instancePath+"/sections/" + i0+"/title",schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data27};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
else {
const err97 = {instancePath:instancePath+"/sections/" + i0+"/title",schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data27};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data24.subsections !== undefined){
let data28 = data24.subsections;
if(Array.isArray(data28)){
if(data28.length > 50){
const err98 = {instancePath:instancePath+"/sections/" + i0+"/subsections",schemaPath:"#/properties/sections/items/properties/subsections/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items",schema:50,parentSchema:schema31.properties.sections.items.properties.subsections,data:data28};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
const len1 = data28.length;
for(let i1=0; i1<len1; i1++){
let data29 = data28[i1];
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.id === undefined){
const err99 = {instancePath:instancePath+"/sections/" + i0+"/subsections/" + i1,schemaPath:"#/properties/sections/items/properties/subsections/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema31.properties.sections.items.properties.subsections.items.required,parentSchema:schema31.properties.sections.items.properties.subsections.items,data:data29};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
if(data29.title === undefined){
const err100 = {instancePath:instancePath+"/sections/" + i0+"/subsections/" + i1,schemaPath:"#/properties/sections/items/properties/subsections/items/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema31.properties.sections.items.properties.subsections.items.required,parentSchema:schema31.properties.sections.items.properties.subsections.items,data:data29};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
for(const key8 in data29){
if(!((key8 === "id") || (key8 === "title"))){
const err101 = {instancePath:instancePath+"/sections/" + i0+"/subsections/" + i1,schemaPath:"#/properties/sections/items/properties/subsections/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.sections.items.properties.subsections.items,data:data29};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data29.id !== undefined){
let data30 = data29.id;
if(typeof data30 === "string"){
if(!pattern14.test(data30)){
const err102 = {instancePath:instancePath+"/sections/" + i0+"/subsections/" + i1+"/id",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,40}$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{1,40}$"+"\"",schema:"^[A-Za-z0-9_-]{1,40}$",parentSchema:schema45,data:data30};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
else {
const err103 = {instancePath:instancePath+"/sections/" + i0+"/subsections/" + i1+"/id",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.type,parentSchema:schema45,data:data30};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
if(data29.title !== undefined){
let data31 = data29.title;
if(typeof data31 === "string"){
if(func2(data31) > 500){
const err104 = {instancePath:instancePath+"/sections/" + i0+"/subsections/" + i1+"/title",schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data31};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
if(func2(data31) < 1){
const err105 = {instancePath:instancePath+"/sections/" + i0+"/subsections/" + i1+"/title",schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data31};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
if(!pattern4.test(data31)){
const err106 = {instancePath:instancePath+"/sections/" + i0+"/subsections/" + i1+"/title",schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data31};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
else {
const err107 = {instancePath:instancePath+"/sections/" + i0+"/subsections/" + i1+"/title",schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data31};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
}
else {
const err108 = {instancePath:instancePath+"/sections/" + i0+"/subsections/" + i1,schemaPath:"#/properties/sections/items/properties/subsections/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.sections.items.properties.subsections.items.type,parentSchema:schema31.properties.sections.items.properties.subsections.items,data:data29};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
}
else {
const err109 = {instancePath:instancePath+"/sections/" + i0+"/subsections",schemaPath:"#/properties/sections/items/properties/subsections/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.sections.items.properties.subsections.type,parentSchema:schema31.properties.sections.items.properties.subsections,data:data28};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
}
else {
const err110 = {instancePath:instancePath+"/sections/" + i0,schemaPath:"#/properties/sections/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.sections.items.type,parentSchema:schema31.properties.sections.items,data:data24};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
}
else {
const err111 = {instancePath:instancePath+"/sections",schemaPath:"#/properties/sections/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.sections.type,parentSchema:schema31.properties.sections,data:data23};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
if(data.directions !== undefined){
let data32 = data.directions;
if(Array.isArray(data32)){
if(data32.length > 26){
const err112 = {instancePath:instancePath+"/directions",schemaPath:"#/properties/directions/maxItems",keyword:"maxItems",params:{limit: 26},message:"must NOT have more than 26 items",schema:26,parentSchema:schema31.properties.directions,data:data32};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
if(data32.length < 1){
const err113 = {instancePath:instancePath+"/directions",schemaPath:"#/properties/directions/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.directions,data:data32};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
const len2 = data32.length;
for(let i2=0; i2<len2; i2++){
let data33 = data32[i2];
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
if(data33.code === undefined){
const err114 = {instancePath:instancePath+"/directions/" + i2,schemaPath:"#/properties/directions/items/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'",schema:schema31.properties.directions.items.required,parentSchema:schema31.properties.directions.items,data:data33};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
if(data33.label === undefined){
const err115 = {instancePath:instancePath+"/directions/" + i2,schemaPath:"#/properties/directions/items/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'",schema:schema31.properties.directions.items.required,parentSchema:schema31.properties.directions.items,data:data33};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
if(data33.description === undefined){
const err116 = {instancePath:instancePath+"/directions/" + i2,schemaPath:"#/properties/directions/items/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'",schema:schema31.properties.directions.items.required,parentSchema:schema31.properties.directions.items,data:data33};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
for(const key9 in data33){
if(!(((key9 === "code") || (key9 === "label")) || (key9 === "description"))){
const err117 = {instancePath:instancePath+"/directions/" + i2,schemaPath:"#/properties/directions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.directions.items,data:data33};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
if(data33.code !== undefined){
let data34 = data33.code;
if(typeof data34 === "string"){
if(!pattern16.test(data34)){
const err118 = {instancePath:instancePath+"/directions/" + i2+"/code",schemaPath:"#/properties/directions/items/properties/code/pattern",keyword:"pattern",params:{pattern: "^[A-Z]$"},message:"must match pattern \""+"^[A-Z]$"+"\"",schema:"^[A-Z]$",parentSchema:schema31.properties.directions.items.properties.code,data:data34};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
else {
const err119 = {instancePath:instancePath+"/directions/" + i2+"/code",schemaPath:"#/properties/directions/items/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.directions.items.properties.code.type,parentSchema:schema31.properties.directions.items.properties.code,data:data34};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
if(data33.label !== undefined){
let data35 = data33.label;
if(typeof data35 === "string"){
if(func2(data35) > 500){
const err120 = {instancePath:instancePath+"/directions/" + i2+"/label",schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data35};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
if(func2(data35) < 1){
const err121 = {instancePath:instancePath+"/directions/" + i2+"/label",schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data35};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
if(!pattern4.test(data35)){
const err122 = {instancePath:instancePath+"/directions/" + i2+"/label",schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data35};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
else {
const err123 = {instancePath:instancePath+"/directions/" + i2+"/label",schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data35};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
if(data33.description !== undefined){
let data36 = data33.description;
if(typeof data36 === "string"){
if(func2(data36) > 500){
const err124 = {instancePath:instancePath+"/directions/" + i2+"/description",schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data36};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
if(func2(data36) < 1){
const err125 = {instancePath:instancePath+"/directions/" + i2+"/description",schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data36};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
if(!pattern4.test(data36)){
const err126 = {instancePath:instancePath+"/directions/" + i2+"/description",schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data36};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
else {
const err127 = {instancePath:instancePath+"/directions/" + i2+"/description",schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data36};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
}
else {
const err128 = {instancePath:instancePath+"/directions/" + i2,schemaPath:"#/properties/directions/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.directions.items.type,parentSchema:schema31.properties.directions.items,data:data33};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
}
else {
const err129 = {instancePath:instancePath+"/directions",schemaPath:"#/properties/directions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.directions.type,parentSchema:schema31.properties.directions,data:data32};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
if(data.departments !== undefined){
let data37 = data.departments;
if(Array.isArray(data37)){
if(data37.length < 1){
const err130 = {instancePath:instancePath+"/departments",schemaPath:"#/properties/departments/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.departments,data:data37};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
const len3 = data37.length;
for(let i3=0; i3<len3; i3++){
let data38 = data37[i3];
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
if(data38.name === undefined){
const err131 = {instancePath:instancePath+"/departments/" + i3,schemaPath:"#/properties/departments/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema31.properties.departments.items.required,parentSchema:schema31.properties.departments.items,data:data38};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
if(data38.divisions === undefined){
const err132 = {instancePath:instancePath+"/departments/" + i3,schemaPath:"#/properties/departments/items/required",keyword:"required",params:{missingProperty: "divisions"},message:"must have required property '"+"divisions"+"'",schema:schema31.properties.departments.items.required,parentSchema:schema31.properties.departments.items,data:data38};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
for(const key10 in data38){
if(!((key10 === "name") || (key10 === "divisions"))){
const err133 = {instancePath:instancePath+"/departments/" + i3,schemaPath:"#/properties/departments/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.departments.items,data:data38};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
if(data38.name !== undefined){
let data39 = data38.name;
if(typeof data39 === "string"){
if(func2(data39) > 100){
const err134 = {instancePath:instancePath+"/departments/" + i3+"/name",schemaPath:"#/properties/departments/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema31.properties.departments.items.properties.name,data:data39};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
if(!pattern19.test(data39)){
const err135 = {instancePath:instancePath+"/departments/" + i3+"/name",schemaPath:"#/properties/departments/items/properties/name/pattern",keyword:"pattern",params:{pattern: "^[^/\\s]+$"},message:"must match pattern \""+"^[^/\\s]+$"+"\"",schema:"^[^/\\s]+$",parentSchema:schema31.properties.departments.items.properties.name,data:data39};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
else {
const err136 = {instancePath:instancePath+"/departments/" + i3+"/name",schemaPath:"#/properties/departments/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.departments.items.properties.name.type,parentSchema:schema31.properties.departments.items.properties.name,data:data39};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
if(data38.divisions !== undefined){
let data40 = data38.divisions;
if(Array.isArray(data40)){
if(data40.length < 0){
const err137 = {instancePath:instancePath+"/departments/" + i3+"/divisions",schemaPath:"#/properties/departments/items/properties/divisions/minItems",keyword:"minItems",params:{limit: 0},message:"must NOT have fewer than 0 items",schema:0,parentSchema:schema31.properties.departments.items.properties.divisions,data:data40};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
const len4 = data40.length;
for(let i4=0; i4<len4; i4++){
let data41 = data40[i4];
if(typeof data41 === "string"){
if(func2(data41) > 100){
const err138 = {instancePath:instancePath+"/departments/" + i3+"/divisions/" + i4,schemaPath:"#/properties/departments/items/properties/divisions/items/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema31.properties.departments.items.properties.divisions.items,data:data41};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
if(!pattern20.test(data41)){
const err139 = {instancePath:instancePath+"/departments/" + i3+"/divisions/" + i4,schemaPath:"#/properties/departments/items/properties/divisions/items/pattern",keyword:"pattern",params:{pattern: "^[^/\\s]+(/[^/\\s]+)?$"},message:"must match pattern \""+"^[^/\\s]+(/[^/\\s]+)?$"+"\"",schema:"^[^/\\s]+(/[^/\\s]+)?$",parentSchema:schema31.properties.departments.items.properties.divisions.items,data:data41};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
else {
const err140 = {instancePath:instancePath+"/departments/" + i3+"/divisions/" + i4,schemaPath:"#/properties/departments/items/properties/divisions/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.departments.items.properties.divisions.items.type,parentSchema:schema31.properties.departments.items.properties.divisions.items,data:data41};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
}
else {
const err141 = {instancePath:instancePath+"/departments/" + i3+"/divisions",schemaPath:"#/properties/departments/items/properties/divisions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.departments.items.properties.divisions.type,parentSchema:schema31.properties.departments.items.properties.divisions,data:data40};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
}
else {
const err142 = {instancePath:instancePath+"/departments/" + i3,schemaPath:"#/properties/departments/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.departments.items.type,parentSchema:schema31.properties.departments.items,data:data38};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
}
else {
const err143 = {instancePath:instancePath+"/departments",schemaPath:"#/properties/departments/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.departments.type,parentSchema:schema31.properties.departments,data:data37};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
if(data.numbering !== undefined){
let data42 = data.numbering;
if(typeof data42 === "string"){
if(!pattern21.test(data42)){
const err144 = {instancePath:instancePath+"/numbering",schemaPath:"#/properties/numbering/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]{1,60}$"},message:"must match pattern \""+"^[^\\n\\r]{1,60}$"+"\"",schema:"^[^\\n\\r]{1,60}$",parentSchema:schema31.properties.numbering,data:data42};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
else {
const err145 = {instancePath:instancePath+"/numbering",schemaPath:"#/properties/numbering/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.numbering.type,parentSchema:schema31.properties.numbering,data:data42};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
if(data.ratingScales !== undefined){
let data43 = data.ratingScales;
if(Array.isArray(data43)){
if(data43.length > 10){
const err146 = {instancePath:instancePath+"/ratingScales",schemaPath:"#/properties/ratingScales/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items",schema:10,parentSchema:schema31.properties.ratingScales,data:data43};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
const len5 = data43.length;
for(let i5=0; i5<len5; i5++){
let data44 = data43[i5];
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
if(data44.id === undefined){
const err147 = {instancePath:instancePath+"/ratingScales/" + i5,schemaPath:"#/properties/ratingScales/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema31.properties.ratingScales.items.required,parentSchema:schema31.properties.ratingScales.items,data:data44};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
if(data44.title === undefined){
const err148 = {instancePath:instancePath+"/ratingScales/" + i5,schemaPath:"#/properties/ratingScales/items/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema31.properties.ratingScales.items.required,parentSchema:schema31.properties.ratingScales.items,data:data44};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
if(data44.levels === undefined){
const err149 = {instancePath:instancePath+"/ratingScales/" + i5,schemaPath:"#/properties/ratingScales/items/required",keyword:"required",params:{missingProperty: "levels"},message:"must have required property '"+"levels"+"'",schema:schema31.properties.ratingScales.items.required,parentSchema:schema31.properties.ratingScales.items,data:data44};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
for(const key11 in data44){
if(!(((key11 === "id") || (key11 === "title")) || (key11 === "levels"))){
const err150 = {instancePath:instancePath+"/ratingScales/" + i5,schemaPath:"#/properties/ratingScales/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.ratingScales.items,data:data44};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
if(data44.id !== undefined){
let data45 = data44.id;
if(typeof data45 === "string"){
if(!pattern14.test(data45)){
const err151 = {instancePath:instancePath+"/ratingScales/" + i5+"/id",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,40}$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{1,40}$"+"\"",schema:"^[A-Za-z0-9_-]{1,40}$",parentSchema:schema45,data:data45};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
else {
const err152 = {instancePath:instancePath+"/ratingScales/" + i5+"/id",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.type,parentSchema:schema45,data:data45};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
if(data44.title !== undefined){
let data46 = data44.title;
if(typeof data46 === "string"){
if(func2(data46) > 500){
const err153 = {instancePath:instancePath+"/ratingScales/" + i5+"/title",schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data46};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
if(func2(data46) < 1){
const err154 = {instancePath:instancePath+"/ratingScales/" + i5+"/title",schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data46};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
if(!pattern4.test(data46)){
const err155 = {instancePath:instancePath+"/ratingScales/" + i5+"/title",schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data46};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
else {
const err156 = {instancePath:instancePath+"/ratingScales/" + i5+"/title",schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data46};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
if(data44.levels !== undefined){
let data47 = data44.levels;
if(Array.isArray(data47)){
if(data47.length > 20){
const err157 = {instancePath:instancePath+"/ratingScales/" + i5+"/levels",schemaPath:"#/properties/ratingScales/items/properties/levels/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items",schema:20,parentSchema:schema31.properties.ratingScales.items.properties.levels,data:data47};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
if(data47.length < 1){
const err158 = {instancePath:instancePath+"/ratingScales/" + i5+"/levels",schemaPath:"#/properties/ratingScales/items/properties/levels/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.ratingScales.items.properties.levels,data:data47};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
const len6 = data47.length;
for(let i6=0; i6<len6; i6++){
let data48 = data47[i6];
if(data48 && typeof data48 == "object" && !Array.isArray(data48)){
if(data48.code === undefined){
const err159 = {instancePath:instancePath+"/ratingScales/" + i5+"/levels/" + i6,schemaPath:"#/properties/ratingScales/items/properties/levels/items/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'",schema:schema31.properties.ratingScales.items.properties.levels.items.required,parentSchema:schema31.properties.ratingScales.items.properties.levels.items,data:data48};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
if(data48.label === undefined){
const err160 = {instancePath:instancePath+"/ratingScales/" + i5+"/levels/" + i6,schemaPath:"#/properties/ratingScales/items/properties/levels/items/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'",schema:schema31.properties.ratingScales.items.properties.levels.items.required,parentSchema:schema31.properties.ratingScales.items.properties.levels.items,data:data48};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
for(const key12 in data48){
if(!(((((key12 === "code") || (key12 === "label")) || (key12 === "symbol")) || (key12 === "text")) || (key12 === "description"))){
const err161 = {instancePath:instancePath+"/ratingScales/" + i5+"/levels/" + i6,schemaPath:"#/properties/ratingScales/items/properties/levels/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.ratingScales.items.properties.levels.items,data:data48};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
if(data48.code !== undefined){
let data49 = data48.code;
if(typeof data49 === "string"){
if(!pattern24.test(data49)){
const err162 = {instancePath:instancePath+"/ratingScales/" + i5+"/levels/" + i6+"/code",schemaPath:"#/properties/ratingScales/items/properties/levels/items/properties/code/pattern",keyword:"pattern",params:{pattern: "^[^\\s]{1,10}$"},message:"must match pattern \""+"^[^\\s]{1,10}$"+"\"",schema:"^[^\\s]{1,10}$",parentSchema:schema31.properties.ratingScales.items.properties.levels.items.properties.code,data:data49};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
else {
const err163 = {instancePath:instancePath+"/ratingScales/" + i5+"/levels/" + i6+"/code",schemaPath:"#/properties/ratingScales/items/properties/levels/items/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.ratingScales.items.properties.levels.items.properties.code.type,parentSchema:schema31.properties.ratingScales.items.properties.levels.items.properties.code,data:data49};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
}
if(data48.label !== undefined){
let data50 = data48.label;
if(typeof data50 === "string"){
if(func2(data50) > 500){
const err164 = {instancePath:instancePath+"/ratingScales/" + i5+"/levels/" + i6+"/label",schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data50};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
if(func2(data50) < 1){
const err165 = {instancePath:instancePath+"/ratingScales/" + i5+"/levels/" + i6+"/label",schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data50};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
if(!pattern4.test(data50)){
const err166 = {instancePath:instancePath+"/ratingScales/" + i5+"/levels/" + i6+"/label",schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data50};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
else {
const err167 = {instancePath:instancePath+"/ratingScales/" + i5+"/levels/" + i6+"/label",schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data50};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
if(data48.symbol !== undefined){
let data51 = data48.symbol;
if(typeof data51 === "string"){
if(func2(data51) > 500){
const err168 = {instancePath:instancePath+"/ratingScales/" + i5+"/levels/" + i6+"/symbol",schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data51};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
if(func2(data51) < 1){
const err169 = {instancePath:instancePath+"/ratingScales/" + i5+"/levels/" + i6+"/symbol",schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data51};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
if(!pattern4.test(data51)){
const err170 = {instancePath:instancePath+"/ratingScales/" + i5+"/levels/" + i6+"/symbol",schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data51};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
else {
const err171 = {instancePath:instancePath+"/ratingScales/" + i5+"/levels/" + i6+"/symbol",schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data51};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
if(data48.text !== undefined){
let data52 = data48.text;
if(typeof data52 === "string"){
if(func2(data52) > 500){
const err172 = {instancePath:instancePath+"/ratingScales/" + i5+"/levels/" + i6+"/text",schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data52};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
if(func2(data52) < 1){
const err173 = {instancePath:instancePath+"/ratingScales/" + i5+"/levels/" + i6+"/text",schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data52};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
if(!pattern4.test(data52)){
const err174 = {instancePath:instancePath+"/ratingScales/" + i5+"/levels/" + i6+"/text",schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data52};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
}
else {
const err175 = {instancePath:instancePath+"/ratingScales/" + i5+"/levels/" + i6+"/text",schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data52};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
if(data48.description !== undefined){
let data53 = data48.description;
if(typeof data53 === "string"){
if(func2(data53) > 500){
const err176 = {instancePath:instancePath+"/ratingScales/" + i5+"/levels/" + i6+"/description",schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data53};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
if(func2(data53) < 1){
const err177 = {instancePath:instancePath+"/ratingScales/" + i5+"/levels/" + i6+"/description",schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data53};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
if(!pattern4.test(data53)){
const err178 = {instancePath:instancePath+"/ratingScales/" + i5+"/levels/" + i6+"/description",schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data53};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
else {
const err179 = {instancePath:instancePath+"/ratingScales/" + i5+"/levels/" + i6+"/description",schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data53};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
}
}
else {
const err180 = {instancePath:instancePath+"/ratingScales/" + i5+"/levels/" + i6,schemaPath:"#/properties/ratingScales/items/properties/levels/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.ratingScales.items.properties.levels.items.type,parentSchema:schema31.properties.ratingScales.items.properties.levels.items,data:data48};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
}
}
else {
const err181 = {instancePath:instancePath+"/ratingScales/" + i5+"/levels",schemaPath:"#/properties/ratingScales/items/properties/levels/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.ratingScales.items.properties.levels.type,parentSchema:schema31.properties.ratingScales.items.properties.levels,data:data47};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
}
}
else {
const err182 = {instancePath:instancePath+"/ratingScales/" + i5,schemaPath:"#/properties/ratingScales/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.ratingScales.items.type,parentSchema:schema31.properties.ratingScales.items,data:data44};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
}
else {
const err183 = {instancePath:instancePath+"/ratingScales",schemaPath:"#/properties/ratingScales/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.ratingScales.type,parentSchema:schema31.properties.ratingScales,data:data43};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
}
if(data.categories !== undefined){
let data54 = data.categories;
if(Array.isArray(data54)){
if(data54.length > 50){
const err184 = {instancePath:instancePath+"/categories",schemaPath:"#/properties/categories/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items",schema:50,parentSchema:schema31.properties.categories,data:data54};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
const len7 = data54.length;
for(let i7=0; i7<len7; i7++){
let data55 = data54[i7];
if(data55 && typeof data55 == "object" && !Array.isArray(data55)){
if(data55.id === undefined){
const err185 = {instancePath:instancePath+"/categories/" + i7,schemaPath:"#/properties/categories/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema31.properties.categories.items.required,parentSchema:schema31.properties.categories.items,data:data55};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
if(data55.label === undefined){
const err186 = {instancePath:instancePath+"/categories/" + i7,schemaPath:"#/properties/categories/items/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'",schema:schema31.properties.categories.items.required,parentSchema:schema31.properties.categories.items,data:data55};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
for(const key13 in data55){
if(!(((key13 === "id") || (key13 === "label")) || (key13 === "subtotalLabel"))){
const err187 = {instancePath:instancePath+"/categories/" + i7,schemaPath:"#/properties/categories/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.categories.items,data:data55};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
}
if(data55.id !== undefined){
let data56 = data55.id;
if(typeof data56 === "string"){
if(!pattern14.test(data56)){
const err188 = {instancePath:instancePath+"/categories/" + i7+"/id",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,40}$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{1,40}$"+"\"",schema:"^[A-Za-z0-9_-]{1,40}$",parentSchema:schema45,data:data56};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
}
else {
const err189 = {instancePath:instancePath+"/categories/" + i7+"/id",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.type,parentSchema:schema45,data:data56};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
}
if(data55.label !== undefined){
let data57 = data55.label;
if(typeof data57 === "string"){
if(func2(data57) > 500){
const err190 = {instancePath:instancePath+"/categories/" + i7+"/label",schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data57};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
if(func2(data57) < 1){
const err191 = {instancePath:instancePath+"/categories/" + i7+"/label",schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data57};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
if(!pattern4.test(data57)){
const err192 = {instancePath:instancePath+"/categories/" + i7+"/label",schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data57};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
}
else {
const err193 = {instancePath:instancePath+"/categories/" + i7+"/label",schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data57};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
}
if(data55.subtotalLabel !== undefined){
let data58 = data55.subtotalLabel;
if(typeof data58 === "string"){
if(func2(data58) > 500){
const err194 = {instancePath:instancePath+"/categories/" + i7+"/subtotalLabel",schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data58};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
if(func2(data58) < 1){
const err195 = {instancePath:instancePath+"/categories/" + i7+"/subtotalLabel",schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data58};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
if(!pattern4.test(data58)){
const err196 = {instancePath:instancePath+"/categories/" + i7+"/subtotalLabel",schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data58};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
}
else {
const err197 = {instancePath:instancePath+"/categories/" + i7+"/subtotalLabel",schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data58};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
}
}
else {
const err198 = {instancePath:instancePath+"/categories/" + i7,schemaPath:"#/properties/categories/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.categories.items.type,parentSchema:schema31.properties.categories.items,data:data55};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
}
}
else {
const err199 = {instancePath:instancePath+"/categories",schemaPath:"#/properties/categories/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.categories.type,parentSchema:schema31.properties.categories,data:data54};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
}
if(data.effectCounting !== undefined){
let data59 = data.effectCounting;
if(!((data59 === "once") || (data59 === "recurring"))){
const err200 = {instancePath:instancePath+"/effectCounting",schemaPath:"#/properties/effectCounting/enum",keyword:"enum",params:{allowedValues: schema31.properties.effectCounting.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.effectCounting.enum,parentSchema:schema31.properties.effectCounting,data:data59};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
}
if(data.units !== undefined){
let data60 = data.units;
if(Array.isArray(data60)){
if(data60.length > 100){
const err201 = {instancePath:instancePath+"/units",schemaPath:"#/properties/units/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema31.properties.units,data:data60};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
const len8 = data60.length;
for(let i8=0; i8<len8; i8++){
let data61 = data60[i8];
if(typeof data61 === "string"){
if(!pattern32.test(data61)){
const err202 = {instancePath:instancePath+"/units/" + i8,schemaPath:"#/properties/units/items/pattern",keyword:"pattern",params:{pattern: "^[^\\s]{1,20}$"},message:"must match pattern \""+"^[^\\s]{1,20}$"+"\"",schema:"^[^\\s]{1,20}$",parentSchema:schema31.properties.units.items,data:data61};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
}
else {
const err203 = {instancePath:instancePath+"/units/" + i8,schemaPath:"#/properties/units/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.units.items.type,parentSchema:schema31.properties.units.items,data:data61};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
}
}
else {
const err204 = {instancePath:instancePath+"/units",schemaPath:"#/properties/units/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.units.type,parentSchema:schema31.properties.units,data:data60};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
}
if(data.tables !== undefined){
let data62 = data.tables;
if(Array.isArray(data62)){
if(data62.length > 20){
const err205 = {instancePath:instancePath+"/tables",schemaPath:"#/properties/tables/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items",schema:20,parentSchema:schema31.properties.tables,data:data62};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
if(data62.length < 1){
const err206 = {instancePath:instancePath+"/tables",schemaPath:"#/properties/tables/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.tables,data:data62};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
const len9 = data62.length;
for(let i9=0; i9<len9; i9++){
let data63 = data62[i9];
if(data63 && typeof data63 == "object" && !Array.isArray(data63)){
if(data63.id === undefined){
const err207 = {instancePath:instancePath+"/tables/" + i9,schemaPath:"#/properties/tables/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema31.properties.tables.items.required,parentSchema:schema31.properties.tables.items,data:data63};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
if(data63.title === undefined){
const err208 = {instancePath:instancePath+"/tables/" + i9,schemaPath:"#/properties/tables/items/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema31.properties.tables.items.required,parentSchema:schema31.properties.tables.items,data:data63};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
if(data63.rows === undefined){
const err209 = {instancePath:instancePath+"/tables/" + i9,schemaPath:"#/properties/tables/items/required",keyword:"required",params:{missingProperty: "rows"},message:"must have required property '"+"rows"+"'",schema:schema31.properties.tables.items.required,parentSchema:schema31.properties.tables.items,data:data63};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
if(data63.columns === undefined){
const err210 = {instancePath:instancePath+"/tables/" + i9,schemaPath:"#/properties/tables/items/required",keyword:"required",params:{missingProperty: "columns"},message:"must have required property '"+"columns"+"'",schema:schema31.properties.tables.items.required,parentSchema:schema31.properties.tables.items,data:data63};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
for(const key14 in data63){
if(!(func1.call(schema31.properties.tables.items.properties, key14))){
const err211 = {instancePath:instancePath+"/tables/" + i9,schemaPath:"#/properties/tables/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.tables.items,data:data63};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
}
if(data63.id !== undefined){
let data64 = data63.id;
if(typeof data64 === "string"){
if(!pattern14.test(data64)){
const err212 = {instancePath:instancePath+"/tables/" + i9+"/id",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,40}$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{1,40}$"+"\"",schema:"^[A-Za-z0-9_-]{1,40}$",parentSchema:schema45,data:data64};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
}
else {
const err213 = {instancePath:instancePath+"/tables/" + i9+"/id",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.type,parentSchema:schema45,data:data64};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
}
if(data63.label !== undefined){
let data65 = data63.label;
if(typeof data65 === "string"){
if(func2(data65) > 500){
const err214 = {instancePath:instancePath+"/tables/" + i9+"/label",schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data65};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
if(func2(data65) < 1){
const err215 = {instancePath:instancePath+"/tables/" + i9+"/label",schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data65};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
if(!pattern4.test(data65)){
const err216 = {instancePath:instancePath+"/tables/" + i9+"/label",schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data65};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
}
else {
const err217 = {instancePath:instancePath+"/tables/" + i9+"/label",schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data65};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
}
if(data63.title !== undefined){
let data66 = data63.title;
if(typeof data66 === "string"){
if(func2(data66) > 500){
const err218 = {instancePath:instancePath+"/tables/" + i9+"/title",schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data66};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
if(func2(data66) < 1){
const err219 = {instancePath:instancePath+"/tables/" + i9+"/title",schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data66};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
if(!pattern4.test(data66)){
const err220 = {instancePath:instancePath+"/tables/" + i9+"/title",schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data66};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
}
else {
const err221 = {instancePath:instancePath+"/tables/" + i9+"/title",schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data66};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
}
if(data63.rows !== undefined){
let data67 = data63.rows;
if(!((((data67 === "initiatives") || (data67 === "indicators")) || (data67 === "effects")) || (data67 === "verification"))){
const err222 = {instancePath:instancePath+"/tables/" + i9+"/rows",schemaPath:"#/properties/tables/items/properties/rows/enum",keyword:"enum",params:{allowedValues: schema31.properties.tables.items.properties.rows.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.tables.items.properties.rows.enum,parentSchema:schema31.properties.tables.items.properties.rows,data:data67};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
}
if(data63.layout !== undefined){
let data68 = data63.layout;
if(!((data68 === "rows") || (data68 === "cards"))){
const err223 = {instancePath:instancePath+"/tables/" + i9+"/layout",schemaPath:"#/properties/tables/items/properties/layout/enum",keyword:"enum",params:{allowedValues: schema31.properties.tables.items.properties.layout.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.tables.items.properties.layout.enum,parentSchema:schema31.properties.tables.items.properties.layout,data:data68};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
}
if(data63.card !== undefined){
let data69 = data63.card;
if(data69 && typeof data69 == "object" && !Array.isArray(data69)){
for(const key15 in data69){
if(!((key15 === "newPage") || (key15 === "tables"))){
const err224 = {instancePath:instancePath+"/tables/" + i9+"/card",schemaPath:"#/properties/tables/items/properties/card/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.tables.items.properties.card,data:data69};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
}
if(data69.newPage !== undefined){
let data70 = data69.newPage;
if(typeof data70 !== "boolean"){
const err225 = {instancePath:instancePath+"/tables/" + i9+"/card/newPage",schemaPath:"#/properties/tables/items/properties/card/properties/newPage/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.tables.items.properties.card.properties.newPage.type,parentSchema:schema31.properties.tables.items.properties.card.properties.newPage,data:data70};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
}
if(data69.tables !== undefined){
let data71 = data69.tables;
if(Array.isArray(data71)){
if(data71.length > 10){
const err226 = {instancePath:instancePath+"/tables/" + i9+"/card/tables",schemaPath:"#/properties/tables/items/properties/card/properties/tables/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items",schema:10,parentSchema:schema31.properties.tables.items.properties.card.properties.tables,data:data71};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
if(data71.length < 1){
const err227 = {instancePath:instancePath+"/tables/" + i9+"/card/tables",schemaPath:"#/properties/tables/items/properties/card/properties/tables/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.tables.items.properties.card.properties.tables,data:data71};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
const len10 = data71.length;
for(let i10=0; i10<len10; i10++){
let data72 = data71[i10];
if(data72 && typeof data72 == "object" && !Array.isArray(data72)){
if(data72.title === undefined){
const err228 = {instancePath:instancePath+"/tables/" + i9+"/card/tables/" + i10,schemaPath:"#/properties/tables/items/properties/card/properties/tables/items/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema31.properties.tables.items.properties.card.properties.tables.items.required,parentSchema:schema31.properties.tables.items.properties.card.properties.tables.items,data:data72};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
if(data72.rows === undefined){
const err229 = {instancePath:instancePath+"/tables/" + i9+"/card/tables/" + i10,schemaPath:"#/properties/tables/items/properties/card/properties/tables/items/required",keyword:"required",params:{missingProperty: "rows"},message:"must have required property '"+"rows"+"'",schema:schema31.properties.tables.items.properties.card.properties.tables.items.required,parentSchema:schema31.properties.tables.items.properties.card.properties.tables.items,data:data72};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
if(data72.columns === undefined){
const err230 = {instancePath:instancePath+"/tables/" + i9+"/card/tables/" + i10,schemaPath:"#/properties/tables/items/properties/card/properties/tables/items/required",keyword:"required",params:{missingProperty: "columns"},message:"must have required property '"+"columns"+"'",schema:schema31.properties.tables.items.properties.card.properties.tables.items.required,parentSchema:schema31.properties.tables.items.properties.card.properties.tables.items,data:data72};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
for(const key16 in data72){
if(!(((((((key16 === "id") || (key16 === "title")) || (key16 === "rows")) || (key16 === "total")) || (key16 === "totalLabel")) || (key16 === "empty")) || (key16 === "columns"))){
const err231 = {instancePath:instancePath+"/tables/" + i9+"/card/tables/" + i10,schemaPath:"#/properties/tables/items/properties/card/properties/tables/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.tables.items.properties.card.properties.tables.items,data:data72};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
}
if(data72.id !== undefined){
let data73 = data72.id;
if(typeof data73 === "string"){
if(!pattern14.test(data73)){
const err232 = {instancePath:instancePath+"/tables/" + i9+"/card/tables/" + i10+"/id",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,40}$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{1,40}$"+"\"",schema:"^[A-Za-z0-9_-]{1,40}$",parentSchema:schema45,data:data73};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
}
else {
const err233 = {instancePath:instancePath+"/tables/" + i9+"/card/tables/" + i10+"/id",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.type,parentSchema:schema45,data:data73};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
}
if(data72.title !== undefined){
let data74 = data72.title;
if(typeof data74 === "string"){
if(func2(data74) > 500){
const err234 = {instancePath:instancePath+"/tables/" + i9+"/card/tables/" + i10+"/title",schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data74};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
if(func2(data74) < 1){
const err235 = {instancePath:instancePath+"/tables/" + i9+"/card/tables/" + i10+"/title",schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data74};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
}
if(!pattern4.test(data74)){
const err236 = {instancePath:instancePath+"/tables/" + i9+"/card/tables/" + i10+"/title",schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data74};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
}
else {
const err237 = {instancePath:instancePath+"/tables/" + i9+"/card/tables/" + i10+"/title",schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data74};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
}
if(data72.rows !== undefined){
let data75 = data72.rows;
if(!(((data75 === "projects") || (data75 === "indicators")) || (data75 === "effects"))){
const err238 = {instancePath:instancePath+"/tables/" + i9+"/card/tables/" + i10+"/rows",schemaPath:"#/properties/tables/items/properties/card/properties/tables/items/properties/rows/enum",keyword:"enum",params:{allowedValues: schema31.properties.tables.items.properties.card.properties.tables.items.properties.rows.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.tables.items.properties.card.properties.tables.items.properties.rows.enum,parentSchema:schema31.properties.tables.items.properties.card.properties.tables.items.properties.rows,data:data75};
if(vErrors === null){
vErrors = [err238];
}
else {
vErrors.push(err238);
}
errors++;
}
}
if(data72.total !== undefined){
let data76 = data72.total;
if(typeof data76 !== "boolean"){
const err239 = {instancePath:instancePath+"/tables/" + i9+"/card/tables/" + i10+"/total",schemaPath:"#/properties/tables/items/properties/card/properties/tables/items/properties/total/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.tables.items.properties.card.properties.tables.items.properties.total.type,parentSchema:schema31.properties.tables.items.properties.card.properties.tables.items.properties.total,data:data76};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
}
if(data72.totalLabel !== undefined){
let data77 = data72.totalLabel;
if(typeof data77 === "string"){
if(func2(data77) > 500){
const err240 = {instancePath:instancePath+"/tables/" + i9+"/card/tables/" + i10+"/totalLabel",schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data77};
if(vErrors === null){
vErrors = [err240];
}
else {
vErrors.push(err240);
}
errors++;
}
if(func2(data77) < 1){
const err241 = {instancePath:instancePath+"/tables/" + i9+"/card/tables/" + i10+"/totalLabel",schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data77};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
if(!pattern4.test(data77)){
const err242 = {instancePath:instancePath+"/tables/" + i9+"/card/tables/" + i10+"/totalLabel",schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data77};
if(vErrors === null){
vErrors = [err242];
}
else {
vErrors.push(err242);
}
errors++;
}
}
else {
const err243 = {instancePath:instancePath+"/tables/" + i9+"/card/tables/" + i10+"/totalLabel",schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data77};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
}
if(data72.empty !== undefined){
let data78 = data72.empty;
if(typeof data78 === "string"){
if(func2(data78) > 500){
const err244 = {instancePath:instancePath+"/tables/" + i9+"/card/tables/" + i10+"/empty",schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data78};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
}
if(func2(data78) < 1){
const err245 = {instancePath:instancePath+"/tables/" + i9+"/card/tables/" + i10+"/empty",schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data78};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
}
if(!pattern4.test(data78)){
const err246 = {instancePath:instancePath+"/tables/" + i9+"/card/tables/" + i10+"/empty",schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data78};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
}
else {
const err247 = {instancePath:instancePath+"/tables/" + i9+"/card/tables/" + i10+"/empty",schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data78};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
}
}
if(data72.columns !== undefined){
let data79 = data72.columns;
if(Array.isArray(data79)){
if(data79.length > 20){
const err248 = {instancePath:instancePath+"/tables/" + i9+"/card/tables/" + i10+"/columns",schemaPath:"#/properties/tables/items/properties/card/properties/tables/items/properties/columns/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items",schema:20,parentSchema:schema31.properties.tables.items.properties.card.properties.tables.items.properties.columns,data:data79};
if(vErrors === null){
vErrors = [err248];
}
else {
vErrors.push(err248);
}
errors++;
}
if(data79.length < 1){
const err249 = {instancePath:instancePath+"/tables/" + i9+"/card/tables/" + i10+"/columns",schemaPath:"#/properties/tables/items/properties/card/properties/tables/items/properties/columns/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.tables.items.properties.card.properties.tables.items.properties.columns,data:data79};
if(vErrors === null){
vErrors = [err249];
}
else {
vErrors.push(err249);
}
errors++;
}
const len11 = data79.length;
for(let i11=0; i11<len11; i11++){
if(!(validate22(data79[i11], {instancePath:instancePath+"/tables/" + i9+"/card/tables/" + i10+"/columns/" + i11,parentData:data79,parentDataProperty:i11,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err250 = {instancePath:instancePath+"/tables/" + i9+"/card/tables/" + i10+"/columns",schemaPath:"#/properties/tables/items/properties/card/properties/tables/items/properties/columns/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.tables.items.properties.card.properties.tables.items.properties.columns.type,parentSchema:schema31.properties.tables.items.properties.card.properties.tables.items.properties.columns,data:data79};
if(vErrors === null){
vErrors = [err250];
}
else {
vErrors.push(err250);
}
errors++;
}
}
}
else {
const err251 = {instancePath:instancePath+"/tables/" + i9+"/card/tables/" + i10,schemaPath:"#/properties/tables/items/properties/card/properties/tables/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.tables.items.properties.card.properties.tables.items.type,parentSchema:schema31.properties.tables.items.properties.card.properties.tables.items,data:data72};
if(vErrors === null){
vErrors = [err251];
}
else {
vErrors.push(err251);
}
errors++;
}
}
}
else {
const err252 = {instancePath:instancePath+"/tables/" + i9+"/card/tables",schemaPath:"#/properties/tables/items/properties/card/properties/tables/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.tables.items.properties.card.properties.tables.type,parentSchema:schema31.properties.tables.items.properties.card.properties.tables,data:data71};
if(vErrors === null){
vErrors = [err252];
}
else {
vErrors.push(err252);
}
errors++;
}
}
}
else {
const err253 = {instancePath:instancePath+"/tables/" + i9+"/card",schemaPath:"#/properties/tables/items/properties/card/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.tables.items.properties.card.type,parentSchema:schema31.properties.tables.items.properties.card,data:data69};
if(vErrors === null){
vErrors = [err253];
}
else {
vErrors.push(err253);
}
errors++;
}
}
if(data63.groupBy !== undefined){
let data81 = data63.groupBy;
if(!(((data81 === "section") || (data81 === "category")) || (data81 === "none"))){
const err254 = {instancePath:instancePath+"/tables/" + i9+"/groupBy",schemaPath:"#/properties/tables/items/properties/groupBy/enum",keyword:"enum",params:{allowedValues: schema31.properties.tables.items.properties.groupBy.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.tables.items.properties.groupBy.enum,parentSchema:schema31.properties.tables.items.properties.groupBy,data:data81};
if(vErrors === null){
vErrors = [err254];
}
else {
vErrors.push(err254);
}
errors++;
}
}
if(data63.splitBy !== undefined){
let data82 = data63.splitBy;
if(!(data82 === "group")){
const err255 = {instancePath:instancePath+"/tables/" + i9+"/splitBy",schemaPath:"#/properties/tables/items/properties/splitBy/enum",keyword:"enum",params:{allowedValues: schema31.properties.tables.items.properties.splitBy.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.tables.items.properties.splitBy.enum,parentSchema:schema31.properties.tables.items.properties.splitBy,data:data82};
if(vErrors === null){
vErrors = [err255];
}
else {
vErrors.push(err255);
}
errors++;
}
}
if(data63.sectionPages !== undefined){
let data83 = data63.sectionPages;
if(typeof data83 !== "boolean"){
const err256 = {instancePath:instancePath+"/tables/" + i9+"/sectionPages",schemaPath:"#/properties/tables/items/properties/sectionPages/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.tables.items.properties.sectionPages.type,parentSchema:schema31.properties.tables.items.properties.sectionPages,data:data83};
if(vErrors === null){
vErrors = [err256];
}
else {
vErrors.push(err256);
}
errors++;
}
}
if(data63.sectionHeading !== undefined){
let data84 = data63.sectionHeading;
if(!((data84 === "row") || (data84 === "above"))){
const err257 = {instancePath:instancePath+"/tables/" + i9+"/sectionHeading",schemaPath:"#/properties/tables/items/properties/sectionHeading/enum",keyword:"enum",params:{allowedValues: schema31.properties.tables.items.properties.sectionHeading.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.tables.items.properties.sectionHeading.enum,parentSchema:schema31.properties.tables.items.properties.sectionHeading,data:data84};
if(vErrors === null){
vErrors = [err257];
}
else {
vErrors.push(err257);
}
errors++;
}
}
if(data63.subtotals !== undefined){
let data85 = data63.subtotals;
if(typeof data85 !== "boolean"){
const err258 = {instancePath:instancePath+"/tables/" + i9+"/subtotals",schemaPath:"#/properties/tables/items/properties/subtotals/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.tables.items.properties.subtotals.type,parentSchema:schema31.properties.tables.items.properties.subtotals,data:data85};
if(vErrors === null){
vErrors = [err258];
}
else {
vErrors.push(err258);
}
errors++;
}
}
if(data63.total !== undefined){
let data86 = data63.total;
if(typeof data86 !== "boolean"){
const err259 = {instancePath:instancePath+"/tables/" + i9+"/total",schemaPath:"#/properties/tables/items/properties/total/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.tables.items.properties.total.type,parentSchema:schema31.properties.tables.items.properties.total,data:data86};
if(vErrors === null){
vErrors = [err259];
}
else {
vErrors.push(err259);
}
errors++;
}
}
if(data63.subtotalLabel !== undefined){
let data87 = data63.subtotalLabel;
if(typeof data87 === "string"){
if(func2(data87) > 500){
const err260 = {instancePath:instancePath+"/tables/" + i9+"/subtotalLabel",schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data87};
if(vErrors === null){
vErrors = [err260];
}
else {
vErrors.push(err260);
}
errors++;
}
if(func2(data87) < 1){
const err261 = {instancePath:instancePath+"/tables/" + i9+"/subtotalLabel",schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data87};
if(vErrors === null){
vErrors = [err261];
}
else {
vErrors.push(err261);
}
errors++;
}
if(!pattern4.test(data87)){
const err262 = {instancePath:instancePath+"/tables/" + i9+"/subtotalLabel",schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data87};
if(vErrors === null){
vErrors = [err262];
}
else {
vErrors.push(err262);
}
errors++;
}
}
else {
const err263 = {instancePath:instancePath+"/tables/" + i9+"/subtotalLabel",schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data87};
if(vErrors === null){
vErrors = [err263];
}
else {
vErrors.push(err263);
}
errors++;
}
}
if(data63.totalLabel !== undefined){
let data88 = data63.totalLabel;
if(typeof data88 === "string"){
if(func2(data88) > 500){
const err264 = {instancePath:instancePath+"/tables/" + i9+"/totalLabel",schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data88};
if(vErrors === null){
vErrors = [err264];
}
else {
vErrors.push(err264);
}
errors++;
}
if(func2(data88) < 1){
const err265 = {instancePath:instancePath+"/tables/" + i9+"/totalLabel",schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data88};
if(vErrors === null){
vErrors = [err265];
}
else {
vErrors.push(err265);
}
errors++;
}
if(!pattern4.test(data88)){
const err266 = {instancePath:instancePath+"/tables/" + i9+"/totalLabel",schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data88};
if(vErrors === null){
vErrors = [err266];
}
else {
vErrors.push(err266);
}
errors++;
}
}
else {
const err267 = {instancePath:instancePath+"/tables/" + i9+"/totalLabel",schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data88};
if(vErrors === null){
vErrors = [err267];
}
else {
vErrors.push(err267);
}
errors++;
}
}
if(data63.singleRowSubtotals !== undefined){
let data89 = data63.singleRowSubtotals;
if(typeof data89 !== "boolean"){
const err268 = {instancePath:instancePath+"/tables/" + i9+"/singleRowSubtotals",schemaPath:"#/properties/tables/items/properties/singleRowSubtotals/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.tables.items.properties.singleRowSubtotals.type,parentSchema:schema31.properties.tables.items.properties.singleRowSubtotals,data:data89};
if(vErrors === null){
vErrors = [err268];
}
else {
vErrors.push(err268);
}
errors++;
}
}
if(data63.numbering !== undefined){
let data90 = data63.numbering;
if(typeof data90 === "string"){
if(!pattern21.test(data90)){
const err269 = {instancePath:instancePath+"/tables/" + i9+"/numbering",schemaPath:"#/properties/tables/items/properties/numbering/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]{1,60}$"},message:"must match pattern \""+"^[^\\n\\r]{1,60}$"+"\"",schema:"^[^\\n\\r]{1,60}$",parentSchema:schema31.properties.tables.items.properties.numbering,data:data90};
if(vErrors === null){
vErrors = [err269];
}
else {
vErrors.push(err269);
}
errors++;
}
}
else {
const err270 = {instancePath:instancePath+"/tables/" + i9+"/numbering",schemaPath:"#/properties/tables/items/properties/numbering/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.tables.items.properties.numbering.type,parentSchema:schema31.properties.tables.items.properties.numbering,data:data90};
if(vErrors === null){
vErrors = [err270];
}
else {
vErrors.push(err270);
}
errors++;
}
}
if(data63.lead !== undefined){
let data91 = data63.lead;
if(typeof data91 === "string"){
if(func2(data91) > 500){
const err271 = {instancePath:instancePath+"/tables/" + i9+"/lead",schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data91};
if(vErrors === null){
vErrors = [err271];
}
else {
vErrors.push(err271);
}
errors++;
}
if(func2(data91) < 1){
const err272 = {instancePath:instancePath+"/tables/" + i9+"/lead",schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data91};
if(vErrors === null){
vErrors = [err272];
}
else {
vErrors.push(err272);
}
errors++;
}
if(!pattern4.test(data91)){
const err273 = {instancePath:instancePath+"/tables/" + i9+"/lead",schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data91};
if(vErrors === null){
vErrors = [err273];
}
else {
vErrors.push(err273);
}
errors++;
}
}
else {
const err274 = {instancePath:instancePath+"/tables/" + i9+"/lead",schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data91};
if(vErrors === null){
vErrors = [err274];
}
else {
vErrors.push(err274);
}
errors++;
}
}
if(data63.summary !== undefined){
let data92 = data63.summary;
if(typeof data92 === "string"){
if(!pattern14.test(data92)){
const err275 = {instancePath:instancePath+"/tables/" + i9+"/summary",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,40}$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{1,40}$"+"\"",schema:"^[A-Za-z0-9_-]{1,40}$",parentSchema:schema45,data:data92};
if(vErrors === null){
vErrors = [err275];
}
else {
vErrors.push(err275);
}
errors++;
}
}
else {
const err276 = {instancePath:instancePath+"/tables/" + i9+"/summary",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.type,parentSchema:schema45,data:data92};
if(vErrors === null){
vErrors = [err276];
}
else {
vErrors.push(err276);
}
errors++;
}
}
if(data63.unitNote !== undefined){
let data93 = data63.unitNote;
if(typeof data93 === "string"){
if(func2(data93) > 500){
const err277 = {instancePath:instancePath+"/tables/" + i9+"/unitNote",schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data93};
if(vErrors === null){
vErrors = [err277];
}
else {
vErrors.push(err277);
}
errors++;
}
if(func2(data93) < 1){
const err278 = {instancePath:instancePath+"/tables/" + i9+"/unitNote",schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data93};
if(vErrors === null){
vErrors = [err278];
}
else {
vErrors.push(err278);
}
errors++;
}
if(!pattern4.test(data93)){
const err279 = {instancePath:instancePath+"/tables/" + i9+"/unitNote",schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data93};
if(vErrors === null){
vErrors = [err279];
}
else {
vErrors.push(err279);
}
errors++;
}
}
else {
const err280 = {instancePath:instancePath+"/tables/" + i9+"/unitNote",schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data93};
if(vErrors === null){
vErrors = [err280];
}
else {
vErrors.push(err280);
}
errors++;
}
}
if(data63.legend !== undefined){
let data94 = data63.legend;
if(typeof data94 !== "boolean"){
const err281 = {instancePath:instancePath+"/tables/" + i9+"/legend",schemaPath:"#/properties/tables/items/properties/legend/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.tables.items.properties.legend.type,parentSchema:schema31.properties.tables.items.properties.legend,data:data94};
if(vErrors === null){
vErrors = [err281];
}
else {
vErrors.push(err281);
}
errors++;
}
}
if(data63.legendIntro !== undefined){
let data95 = data63.legendIntro;
if(typeof data95 === "string"){
if(func2(data95) > 500){
const err282 = {instancePath:instancePath+"/tables/" + i9+"/legendIntro",schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data95};
if(vErrors === null){
vErrors = [err282];
}
else {
vErrors.push(err282);
}
errors++;
}
if(func2(data95) < 1){
const err283 = {instancePath:instancePath+"/tables/" + i9+"/legendIntro",schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data95};
if(vErrors === null){
vErrors = [err283];
}
else {
vErrors.push(err283);
}
errors++;
}
if(!pattern4.test(data95)){
const err284 = {instancePath:instancePath+"/tables/" + i9+"/legendIntro",schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data95};
if(vErrors === null){
vErrors = [err284];
}
else {
vErrors.push(err284);
}
errors++;
}
}
else {
const err285 = {instancePath:instancePath+"/tables/" + i9+"/legendIntro",schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data95};
if(vErrors === null){
vErrors = [err285];
}
else {
vErrors.push(err285);
}
errors++;
}
}
if(data63.editionLine !== undefined){
let data96 = data63.editionLine;
if(typeof data96 !== "boolean"){
const err286 = {instancePath:instancePath+"/tables/" + i9+"/editionLine",schemaPath:"#/properties/tables/items/properties/editionLine/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.tables.items.properties.editionLine.type,parentSchema:schema31.properties.tables.items.properties.editionLine,data:data96};
if(vErrors === null){
vErrors = [err286];
}
else {
vErrors.push(err286);
}
errors++;
}
}
if(data63.form !== undefined){
let data97 = data63.form;
if(data97 && typeof data97 == "object" && !Array.isArray(data97)){
for(const key17 in data97){
if(!(((key17 === "sheet") || (key17 === "title")) || (key17 === "always"))){
const err287 = {instancePath:instancePath+"/tables/" + i9+"/form",schemaPath:"#/properties/tables/items/properties/form/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.tables.items.properties.form,data:data97};
if(vErrors === null){
vErrors = [err287];
}
else {
vErrors.push(err287);
}
errors++;
}
}
if(data97.sheet !== undefined){
let data98 = data97.sheet;
if(typeof data98 === "string"){
if(func2(data98) > 500){
const err288 = {instancePath:instancePath+"/tables/" + i9+"/form/sheet",schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data98};
if(vErrors === null){
vErrors = [err288];
}
else {
vErrors.push(err288);
}
errors++;
}
if(func2(data98) < 1){
const err289 = {instancePath:instancePath+"/tables/" + i9+"/form/sheet",schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data98};
if(vErrors === null){
vErrors = [err289];
}
else {
vErrors.push(err289);
}
errors++;
}
if(!pattern4.test(data98)){
const err290 = {instancePath:instancePath+"/tables/" + i9+"/form/sheet",schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data98};
if(vErrors === null){
vErrors = [err290];
}
else {
vErrors.push(err290);
}
errors++;
}
}
else {
const err291 = {instancePath:instancePath+"/tables/" + i9+"/form/sheet",schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data98};
if(vErrors === null){
vErrors = [err291];
}
else {
vErrors.push(err291);
}
errors++;
}
}
if(data97.title !== undefined){
let data99 = data97.title;
if(typeof data99 === "string"){
if(func2(data99) > 500){
const err292 = {instancePath:instancePath+"/tables/" + i9+"/form/title",schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data99};
if(vErrors === null){
vErrors = [err292];
}
else {
vErrors.push(err292);
}
errors++;
}
if(func2(data99) < 1){
const err293 = {instancePath:instancePath+"/tables/" + i9+"/form/title",schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data99};
if(vErrors === null){
vErrors = [err293];
}
else {
vErrors.push(err293);
}
errors++;
}
if(!pattern4.test(data99)){
const err294 = {instancePath:instancePath+"/tables/" + i9+"/form/title",schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data99};
if(vErrors === null){
vErrors = [err294];
}
else {
vErrors.push(err294);
}
errors++;
}
}
else {
const err295 = {instancePath:instancePath+"/tables/" + i9+"/form/title",schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data99};
if(vErrors === null){
vErrors = [err295];
}
else {
vErrors.push(err295);
}
errors++;
}
}
if(data97.always !== undefined){
let data100 = data97.always;
if(typeof data100 !== "boolean"){
const err296 = {instancePath:instancePath+"/tables/" + i9+"/form/always",schemaPath:"#/properties/tables/items/properties/form/properties/always/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.tables.items.properties.form.properties.always.type,parentSchema:schema31.properties.tables.items.properties.form.properties.always,data:data100};
if(vErrors === null){
vErrors = [err296];
}
else {
vErrors.push(err296);
}
errors++;
}
}
}
else {
const err297 = {instancePath:instancePath+"/tables/" + i9+"/form",schemaPath:"#/properties/tables/items/properties/form/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.tables.items.properties.form.type,parentSchema:schema31.properties.tables.items.properties.form,data:data97};
if(vErrors === null){
vErrors = [err297];
}
else {
vErrors.push(err297);
}
errors++;
}
}
if(data63.fillWidth !== undefined){
let data101 = data63.fillWidth;
if(typeof data101 !== "boolean"){
const err298 = {instancePath:instancePath+"/tables/" + i9+"/fillWidth",schemaPath:"#/properties/tables/items/properties/fillWidth/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.tables.items.properties.fillWidth.type,parentSchema:schema31.properties.tables.items.properties.fillWidth,data:data101};
if(vErrors === null){
vErrors = [err298];
}
else {
vErrors.push(err298);
}
errors++;
}
}
if(data63.openData !== undefined){
let data102 = data63.openData;
if(Array.isArray(data102)){
if(data102.length > 10){
const err299 = {instancePath:instancePath+"/tables/" + i9+"/openData",schemaPath:"#/properties/tables/items/properties/openData/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items",schema:10,parentSchema:schema31.properties.tables.items.properties.openData,data:data102};
if(vErrors === null){
vErrors = [err299];
}
else {
vErrors.push(err299);
}
errors++;
}
if(data102.length < 1){
const err300 = {instancePath:instancePath+"/tables/" + i9+"/openData",schemaPath:"#/properties/tables/items/properties/openData/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.tables.items.properties.openData,data:data102};
if(vErrors === null){
vErrors = [err300];
}
else {
vErrors.push(err300);
}
errors++;
}
const len12 = data102.length;
for(let i12=0; i12<len12; i12++){
let data103 = data102[i12];
if(data103 && typeof data103 == "object" && !Array.isArray(data103)){
if(data103.rows === undefined){
const err301 = {instancePath:instancePath+"/tables/" + i9+"/openData/" + i12,schemaPath:"#/properties/tables/items/properties/openData/items/required",keyword:"required",params:{missingProperty: "rows"},message:"must have required property '"+"rows"+"'",schema:schema31.properties.tables.items.properties.openData.items.required,parentSchema:schema31.properties.tables.items.properties.openData.items,data:data103};
if(vErrors === null){
vErrors = [err301];
}
else {
vErrors.push(err301);
}
errors++;
}
for(const key18 in data103){
if(!(((key18 === "rows") || (key18 === "id")) || (key18 === "title"))){
const err302 = {instancePath:instancePath+"/tables/" + i9+"/openData/" + i12,schemaPath:"#/properties/tables/items/properties/openData/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.tables.items.properties.openData.items,data:data103};
if(vErrors === null){
vErrors = [err302];
}
else {
vErrors.push(err302);
}
errors++;
}
}
if(data103.rows !== undefined){
let data104 = data103.rows;
if(!((((((data104 === "table") || (data104 === "schedule")) || (data104 === "schedule-years")) || (data104 === "initiatives")) || (data104 === "plans-results")) || (data104 === "verification"))){
const err303 = {instancePath:instancePath+"/tables/" + i9+"/openData/" + i12+"/rows",schemaPath:"#/properties/tables/items/properties/openData/items/properties/rows/enum",keyword:"enum",params:{allowedValues: schema31.properties.tables.items.properties.openData.items.properties.rows.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.tables.items.properties.openData.items.properties.rows.enum,parentSchema:schema31.properties.tables.items.properties.openData.items.properties.rows,data:data104};
if(vErrors === null){
vErrors = [err303];
}
else {
vErrors.push(err303);
}
errors++;
}
}
if(data103.id !== undefined){
let data105 = data103.id;
if(typeof data105 === "string"){
if(!pattern14.test(data105)){
const err304 = {instancePath:instancePath+"/tables/" + i9+"/openData/" + i12+"/id",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,40}$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{1,40}$"+"\"",schema:"^[A-Za-z0-9_-]{1,40}$",parentSchema:schema45,data:data105};
if(vErrors === null){
vErrors = [err304];
}
else {
vErrors.push(err304);
}
errors++;
}
}
else {
const err305 = {instancePath:instancePath+"/tables/" + i9+"/openData/" + i12+"/id",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.type,parentSchema:schema45,data:data105};
if(vErrors === null){
vErrors = [err305];
}
else {
vErrors.push(err305);
}
errors++;
}
}
if(data103.title !== undefined){
let data106 = data103.title;
if(typeof data106 === "string"){
if(func2(data106) > 500){
const err306 = {instancePath:instancePath+"/tables/" + i9+"/openData/" + i12+"/title",schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data106};
if(vErrors === null){
vErrors = [err306];
}
else {
vErrors.push(err306);
}
errors++;
}
if(func2(data106) < 1){
const err307 = {instancePath:instancePath+"/tables/" + i9+"/openData/" + i12+"/title",schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data106};
if(vErrors === null){
vErrors = [err307];
}
else {
vErrors.push(err307);
}
errors++;
}
if(!pattern4.test(data106)){
const err308 = {instancePath:instancePath+"/tables/" + i9+"/openData/" + i12+"/title",schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data106};
if(vErrors === null){
vErrors = [err308];
}
else {
vErrors.push(err308);
}
errors++;
}
}
else {
const err309 = {instancePath:instancePath+"/tables/" + i9+"/openData/" + i12+"/title",schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data106};
if(vErrors === null){
vErrors = [err309];
}
else {
vErrors.push(err309);
}
errors++;
}
}
}
else {
const err310 = {instancePath:instancePath+"/tables/" + i9+"/openData/" + i12,schemaPath:"#/properties/tables/items/properties/openData/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.tables.items.properties.openData.items.type,parentSchema:schema31.properties.tables.items.properties.openData.items,data:data103};
if(vErrors === null){
vErrors = [err310];
}
else {
vErrors.push(err310);
}
errors++;
}
}
}
else {
const err311 = {instancePath:instancePath+"/tables/" + i9+"/openData",schemaPath:"#/properties/tables/items/properties/openData/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.tables.items.properties.openData.type,parentSchema:schema31.properties.tables.items.properties.openData,data:data102};
if(vErrors === null){
vErrors = [err311];
}
else {
vErrors.push(err311);
}
errors++;
}
}
if(data63.indexSummary !== undefined){
let data107 = data63.indexSummary;
if(typeof data107 === "string"){
if(func2(data107) > 500){
const err312 = {instancePath:instancePath+"/tables/" + i9+"/indexSummary",schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data107};
if(vErrors === null){
vErrors = [err312];
}
else {
vErrors.push(err312);
}
errors++;
}
if(func2(data107) < 1){
const err313 = {instancePath:instancePath+"/tables/" + i9+"/indexSummary",schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data107};
if(vErrors === null){
vErrors = [err313];
}
else {
vErrors.push(err313);
}
errors++;
}
if(!pattern4.test(data107)){
const err314 = {instancePath:instancePath+"/tables/" + i9+"/indexSummary",schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data107};
if(vErrors === null){
vErrors = [err314];
}
else {
vErrors.push(err314);
}
errors++;
}
}
else {
const err315 = {instancePath:instancePath+"/tables/" + i9+"/indexSummary",schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data107};
if(vErrors === null){
vErrors = [err315];
}
else {
vErrors.push(err315);
}
errors++;
}
}
if(data63.footnotes !== undefined){
let data108 = data63.footnotes;
if(Array.isArray(data108)){
if(data108.length > 30){
const err316 = {instancePath:instancePath+"/tables/" + i9+"/footnotes",schemaPath:"#/properties/tables/items/properties/footnotes/maxItems",keyword:"maxItems",params:{limit: 30},message:"must NOT have more than 30 items",schema:30,parentSchema:schema31.properties.tables.items.properties.footnotes,data:data108};
if(vErrors === null){
vErrors = [err316];
}
else {
vErrors.push(err316);
}
errors++;
}
const len13 = data108.length;
for(let i13=0; i13<len13; i13++){
let data109 = data108[i13];
if(typeof data109 === "string"){
if(func2(data109) > 500){
const err317 = {instancePath:instancePath+"/tables/" + i9+"/footnotes/" + i13,schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data109};
if(vErrors === null){
vErrors = [err317];
}
else {
vErrors.push(err317);
}
errors++;
}
if(func2(data109) < 1){
const err318 = {instancePath:instancePath+"/tables/" + i9+"/footnotes/" + i13,schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data109};
if(vErrors === null){
vErrors = [err318];
}
else {
vErrors.push(err318);
}
errors++;
}
if(!pattern4.test(data109)){
const err319 = {instancePath:instancePath+"/tables/" + i9+"/footnotes/" + i13,schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data109};
if(vErrors === null){
vErrors = [err319];
}
else {
vErrors.push(err319);
}
errors++;
}
}
else {
const err320 = {instancePath:instancePath+"/tables/" + i9+"/footnotes/" + i13,schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data109};
if(vErrors === null){
vErrors = [err320];
}
else {
vErrors.push(err320);
}
errors++;
}
}
}
else {
const err321 = {instancePath:instancePath+"/tables/" + i9+"/footnotes",schemaPath:"#/properties/tables/items/properties/footnotes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.tables.items.properties.footnotes.type,parentSchema:schema31.properties.tables.items.properties.footnotes,data:data108};
if(vErrors === null){
vErrors = [err321];
}
else {
vErrors.push(err321);
}
errors++;
}
}
if(data63.columns !== undefined){
let data110 = data63.columns;
if(Array.isArray(data110)){
if(data110.length > 40){
const err322 = {instancePath:instancePath+"/tables/" + i9+"/columns",schemaPath:"#/properties/tables/items/properties/columns/maxItems",keyword:"maxItems",params:{limit: 40},message:"must NOT have more than 40 items",schema:40,parentSchema:schema31.properties.tables.items.properties.columns,data:data110};
if(vErrors === null){
vErrors = [err322];
}
else {
vErrors.push(err322);
}
errors++;
}
if(data110.length < 1){
const err323 = {instancePath:instancePath+"/tables/" + i9+"/columns",schemaPath:"#/properties/tables/items/properties/columns/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.tables.items.properties.columns,data:data110};
if(vErrors === null){
vErrors = [err323];
}
else {
vErrors.push(err323);
}
errors++;
}
const len14 = data110.length;
for(let i14=0; i14<len14; i14++){
let data111 = data110[i14];
if(data111 && typeof data111 == "object" && !Array.isArray(data111)){
if(data111.kind === undefined){
const err324 = {instancePath:instancePath+"/tables/" + i9+"/columns/" + i14,schemaPath:"#/properties/tables/items/properties/columns/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema31.properties.tables.items.properties.columns.items.required,parentSchema:schema31.properties.tables.items.properties.columns.items,data:data111};
if(vErrors === null){
vErrors = [err324];
}
else {
vErrors.push(err324);
}
errors++;
}
if(data111.heading === undefined){
const err325 = {instancePath:instancePath+"/tables/" + i9+"/columns/" + i14,schemaPath:"#/properties/tables/items/properties/columns/items/required",keyword:"required",params:{missingProperty: "heading"},message:"must have required property '"+"heading"+"'",schema:schema31.properties.tables.items.properties.columns.items.required,parentSchema:schema31.properties.tables.items.properties.columns.items,data:data111};
if(vErrors === null){
vErrors = [err325];
}
else {
vErrors.push(err325);
}
errors++;
}
for(const key19 in data111){
if(!(func1.call(schema31.properties.tables.items.properties.columns.items.properties, key19))){
const err326 = {instancePath:instancePath+"/tables/" + i9+"/columns/" + i14,schemaPath:"#/properties/tables/items/properties/columns/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.tables.items.properties.columns.items,data:data111};
if(vErrors === null){
vErrors = [err326];
}
else {
vErrors.push(err326);
}
errors++;
}
}
if(data111.kind !== undefined){
let data112 = data111.kind;
if(!(((((((((((((((((((((((((((((((((((((((((((data112 === "number") || (data112 === "title")) || (data112 === "text")) || (data112 === "division")) || (data112 === "schedule")) || (data112 === "item")) || (data112 === "indicator.label")) || (data112 === "indicator.unit")) || (data112 === "indicator.base")) || (data112 === "indicator.baseDate")) || (data112 === "indicator.target")) || (data112 === "indicator.targetYear")) || (data112 === "indicator.actual")) || (data112 === "indicator.cumulative")) || (data112 === "indicator.progress")) || (data112 === "indicator.yearTarget")) || (data112 === "effect.category")) || (data112 === "effect.label")) || (data112 === "effect.planned")) || (data112 === "effect.actual")) || (data112 === "effect.difference")) || (data112 === "effect.year")) || (data112 === "effect.yearTotal")) || (data112 === "effect.cumulative")) || (data112 === "effect.yearPlanned")) || (data112 === "effect.yearActual")) || (data112 === "effect.plannedTotal")) || (data112 === "effect.actualTotal")) || (data112 === "effect.rate")) || (data112 === "project.name")) || (data112 === "project.summary")) || (data112 === "project.budget")) || (data112 === "project.budgetTotal")) || (data112 === "rating")) || (data112 === "rating.change")) || (data112 === "plan")) || (data112 === "result")) || (data112 === "verification.item")) || (data112 === "verification.content")) || (data112 === "verification.outcome")) || (data112 === "verification.direction")) || (data112 === "verification.reason")) || (data112 === "verification.division"))){
const err327 = {instancePath:instancePath+"/tables/" + i9+"/columns/" + i14+"/kind",schemaPath:"#/properties/tables/items/properties/columns/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema31.properties.tables.items.properties.columns.items.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.tables.items.properties.columns.items.properties.kind.enum,parentSchema:schema31.properties.tables.items.properties.columns.items.properties.kind,data:data112};
if(vErrors === null){
vErrors = [err327];
}
else {
vErrors.push(err327);
}
errors++;
}
}
if(data111.heading !== undefined){
let data113 = data111.heading;
if(typeof data113 === "string"){
if(func2(data113) > 500){
const err328 = {instancePath:instancePath+"/tables/" + i9+"/columns/" + i14+"/heading",schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data113};
if(vErrors === null){
vErrors = [err328];
}
else {
vErrors.push(err328);
}
errors++;
}
if(func2(data113) < 1){
const err329 = {instancePath:instancePath+"/tables/" + i9+"/columns/" + i14+"/heading",schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data113};
if(vErrors === null){
vErrors = [err329];
}
else {
vErrors.push(err329);
}
errors++;
}
if(!pattern4.test(data113)){
const err330 = {instancePath:instancePath+"/tables/" + i9+"/columns/" + i14+"/heading",schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data113};
if(vErrors === null){
vErrors = [err330];
}
else {
vErrors.push(err330);
}
errors++;
}
}
else {
const err331 = {instancePath:instancePath+"/tables/" + i9+"/columns/" + i14+"/heading",schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data113};
if(vErrors === null){
vErrors = [err331];
}
else {
vErrors.push(err331);
}
errors++;
}
}
if(data111.id !== undefined){
let data114 = data111.id;
if(typeof data114 === "string"){
if(!pattern14.test(data114)){
const err332 = {instancePath:instancePath+"/tables/" + i9+"/columns/" + i14+"/id",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,40}$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{1,40}$"+"\"",schema:"^[A-Za-z0-9_-]{1,40}$",parentSchema:schema45,data:data114};
if(vErrors === null){
vErrors = [err332];
}
else {
vErrors.push(err332);
}
errors++;
}
}
else {
const err333 = {instancePath:instancePath+"/tables/" + i9+"/columns/" + i14+"/id",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.type,parentSchema:schema45,data:data114};
if(vErrors === null){
vErrors = [err333];
}
else {
vErrors.push(err333);
}
errors++;
}
}
if(data111.group !== undefined){
let data115 = data111.group;
if(typeof data115 === "string"){
if(func2(data115) > 500){
const err334 = {instancePath:instancePath+"/tables/" + i9+"/columns/" + i14+"/group",schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data115};
if(vErrors === null){
vErrors = [err334];
}
else {
vErrors.push(err334);
}
errors++;
}
if(func2(data115) < 1){
const err335 = {instancePath:instancePath+"/tables/" + i9+"/columns/" + i14+"/group",schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data115};
if(vErrors === null){
vErrors = [err335];
}
else {
vErrors.push(err335);
}
errors++;
}
if(!pattern4.test(data115)){
const err336 = {instancePath:instancePath+"/tables/" + i9+"/columns/" + i14+"/group",schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data115};
if(vErrors === null){
vErrors = [err336];
}
else {
vErrors.push(err336);
}
errors++;
}
}
else {
const err337 = {instancePath:instancePath+"/tables/" + i9+"/columns/" + i14+"/group",schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data115};
if(vErrors === null){
vErrors = [err337];
}
else {
vErrors.push(err337);
}
errors++;
}
}
if(data111.span !== undefined){
let data116 = data111.span;
if(!(data116 === "initiative")){
const err338 = {instancePath:instancePath+"/tables/" + i9+"/columns/" + i14+"/span",schemaPath:"#/properties/tables/items/properties/columns/items/properties/span/enum",keyword:"enum",params:{allowedValues: schema31.properties.tables.items.properties.columns.items.properties.span.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.tables.items.properties.columns.items.properties.span.enum,parentSchema:schema31.properties.tables.items.properties.columns.items.properties.span,data:data116};
if(vErrors === null){
vErrors = [err338];
}
else {
vErrors.push(err338);
}
errors++;
}
}
if(data111.numbering !== undefined){
let data117 = data111.numbering;
if(typeof data117 === "string"){
if(!pattern21.test(data117)){
const err339 = {instancePath:instancePath+"/tables/" + i9+"/columns/" + i14+"/numbering",schemaPath:"#/properties/tables/items/properties/columns/items/properties/numbering/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]{1,60}$"},message:"must match pattern \""+"^[^\\n\\r]{1,60}$"+"\"",schema:"^[^\\n\\r]{1,60}$",parentSchema:schema31.properties.tables.items.properties.columns.items.properties.numbering,data:data117};
if(vErrors === null){
vErrors = [err339];
}
else {
vErrors.push(err339);
}
errors++;
}
}
else {
const err340 = {instancePath:instancePath+"/tables/" + i9+"/columns/" + i14+"/numbering",schemaPath:"#/properties/tables/items/properties/columns/items/properties/numbering/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.tables.items.properties.columns.items.properties.numbering.type,parentSchema:schema31.properties.tables.items.properties.columns.items.properties.numbering,data:data117};
if(vErrors === null){
vErrors = [err340];
}
else {
vErrors.push(err340);
}
errors++;
}
}
if(data111.checkbox !== undefined){
let data118 = data111.checkbox;
if(typeof data118 !== "boolean"){
const err341 = {instancePath:instancePath+"/tables/" + i9+"/columns/" + i14+"/checkbox",schemaPath:"#/properties/tables/items/properties/columns/items/properties/checkbox/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.tables.items.properties.columns.items.properties.checkbox.type,parentSchema:schema31.properties.tables.items.properties.columns.items.properties.checkbox,data:data118};
if(vErrors === null){
vErrors = [err341];
}
else {
vErrors.push(err341);
}
errors++;
}
}
if(data111.base !== undefined){
let data119 = data111.base;
if(!((data119 === "planned") || (data119 === "plannedTotal"))){
const err342 = {instancePath:instancePath+"/tables/" + i9+"/columns/" + i14+"/base",schemaPath:"#/properties/tables/items/properties/columns/items/properties/base/enum",keyword:"enum",params:{allowedValues: schema31.properties.tables.items.properties.columns.items.properties.base.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.tables.items.properties.columns.items.properties.base.enum,parentSchema:schema31.properties.tables.items.properties.columns.items.properties.base,data:data119};
if(vErrors === null){
vErrors = [err342];
}
else {
vErrors.push(err342);
}
errors++;
}
}
if(data111.width !== undefined){
let data120 = data111.width;
if((typeof data120 == "number") && (isFinite(data120))){
if(data120 > 100 || isNaN(data120)){
const err343 = {instancePath:instancePath+"/tables/" + i9+"/columns/" + i14+"/width",schemaPath:"#/properties/tables/items/properties/columns/items/properties/width/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema31.properties.tables.items.properties.columns.items.properties.width,data:data120};
if(vErrors === null){
vErrors = [err343];
}
else {
vErrors.push(err343);
}
errors++;
}
if(data120 < 1 || isNaN(data120)){
const err344 = {instancePath:instancePath+"/tables/" + i9+"/columns/" + i14+"/width",schemaPath:"#/properties/tables/items/properties/columns/items/properties/width/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.tables.items.properties.columns.items.properties.width,data:data120};
if(vErrors === null){
vErrors = [err344];
}
else {
vErrors.push(err344);
}
errors++;
}
}
else {
const err345 = {instancePath:instancePath+"/tables/" + i9+"/columns/" + i14+"/width",schemaPath:"#/properties/tables/items/properties/columns/items/properties/width/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema31.properties.tables.items.properties.columns.items.properties.width.type,parentSchema:schema31.properties.tables.items.properties.columns.items.properties.width,data:data120};
if(vErrors === null){
vErrors = [err345];
}
else {
vErrors.push(err345);
}
errors++;
}
}
if(data111.field !== undefined){
let data121 = data111.field;
if(typeof data121 === "string"){
if(!pattern14.test(data121)){
const err346 = {instancePath:instancePath+"/tables/" + i9+"/columns/" + i14+"/field",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,40}$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{1,40}$"+"\"",schema:"^[A-Za-z0-9_-]{1,40}$",parentSchema:schema45,data:data121};
if(vErrors === null){
vErrors = [err346];
}
else {
vErrors.push(err346);
}
errors++;
}
}
else {
const err347 = {instancePath:instancePath+"/tables/" + i9+"/columns/" + i14+"/field",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.type,parentSchema:schema45,data:data121};
if(vErrors === null){
vErrors = [err347];
}
else {
vErrors.push(err347);
}
errors++;
}
}
if(data111.year !== undefined){
let data122 = data111.year;
if(!(((typeof data122 == "number") && (!(data122 % 1) && !isNaN(data122))) && (isFinite(data122)))){
const err348 = {instancePath:instancePath+"/tables/" + i9+"/columns/" + i14+"/year",schemaPath:"common.schema.json#/$defs/fiscalYear/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema35.type,parentSchema:schema35,data:data122};
if(vErrors === null){
vErrors = [err348];
}
else {
vErrors.push(err348);
}
errors++;
}
if((typeof data122 == "number") && (isFinite(data122))){
if(data122 > 2200 || isNaN(data122)){
const err349 = {instancePath:instancePath+"/tables/" + i9+"/columns/" + i14+"/year",schemaPath:"common.schema.json#/$defs/fiscalYear/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2200},message:"must be <= 2200",schema:2200,parentSchema:schema35,data:data122};
if(vErrors === null){
vErrors = [err349];
}
else {
vErrors.push(err349);
}
errors++;
}
if(data122 < 1868 || isNaN(data122)){
const err350 = {instancePath:instancePath+"/tables/" + i9+"/columns/" + i14+"/year",schemaPath:"common.schema.json#/$defs/fiscalYear/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1868},message:"must be >= 1868",schema:1868,parentSchema:schema35,data:data122};
if(vErrors === null){
vErrors = [err350];
}
else {
vErrors.push(err350);
}
errors++;
}
}
}
if(data111.scale !== undefined){
let data123 = data111.scale;
if(typeof data123 === "string"){
if(!pattern14.test(data123)){
const err351 = {instancePath:instancePath+"/tables/" + i9+"/columns/" + i14+"/scale",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,40}$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{1,40}$"+"\"",schema:"^[A-Za-z0-9_-]{1,40}$",parentSchema:schema45,data:data123};
if(vErrors === null){
vErrors = [err351];
}
else {
vErrors.push(err351);
}
errors++;
}
}
else {
const err352 = {instancePath:instancePath+"/tables/" + i9+"/columns/" + i14+"/scale",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.type,parentSchema:schema45,data:data123};
if(vErrors === null){
vErrors = [err352];
}
else {
vErrors.push(err352);
}
errors++;
}
}
if(data111.period !== undefined){
let data124 = data111.period;
if(!((data124 === "current") || (data124 === "previous"))){
const err353 = {instancePath:instancePath+"/tables/" + i9+"/columns/" + i14+"/period",schemaPath:"#/properties/tables/items/properties/columns/items/properties/period/enum",keyword:"enum",params:{allowedValues: schema31.properties.tables.items.properties.columns.items.properties.period.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.tables.items.properties.columns.items.properties.period.enum,parentSchema:schema31.properties.tables.items.properties.columns.items.properties.period,data:data124};
if(vErrors === null){
vErrors = [err353];
}
else {
vErrors.push(err353);
}
errors++;
}
}
if(data111.show !== undefined){
let data125 = data111.show;
if(!(((data125 === "symbol") || (data125 === "label")) || (data125 === "code"))){
const err354 = {instancePath:instancePath+"/tables/" + i9+"/columns/" + i14+"/show",schemaPath:"#/properties/tables/items/properties/columns/items/properties/show/enum",keyword:"enum",params:{allowedValues: schema31.properties.tables.items.properties.columns.items.properties.show.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.tables.items.properties.columns.items.properties.show.enum,parentSchema:schema31.properties.tables.items.properties.columns.items.properties.show,data:data125};
if(vErrors === null){
vErrors = [err354];
}
else {
vErrors.push(err354);
}
errors++;
}
}
if(data111.resolution !== undefined){
let data126 = data111.resolution;
if(!(((data126 === "year") || (data126 === "half")) || (data126 === "quarter"))){
const err355 = {instancePath:instancePath+"/tables/" + i9+"/columns/" + i14+"/resolution",schemaPath:"#/properties/tables/items/properties/columns/items/properties/resolution/enum",keyword:"enum",params:{allowedValues: schema31.properties.tables.items.properties.columns.items.properties.resolution.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.tables.items.properties.columns.items.properties.resolution.enum,parentSchema:schema31.properties.tables.items.properties.columns.items.properties.resolution,data:data126};
if(vErrors === null){
vErrors = [err355];
}
else {
vErrors.push(err355);
}
errors++;
}
}
if(data111.format !== undefined){
let data127 = data111.format;
if(data127 && typeof data127 == "object" && !Array.isArray(data127)){
for(const key20 in data127){
if(!((((key20 === "unit") || (key20 === "unitIn")) || (key20 === "decimals")) || (key20 === "negative"))){
const err356 = {instancePath:instancePath+"/tables/" + i9+"/columns/" + i14+"/format",schemaPath:"#/properties/tables/items/properties/columns/items/properties/format/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.tables.items.properties.columns.items.properties.format,data:data127};
if(vErrors === null){
vErrors = [err356];
}
else {
vErrors.push(err356);
}
errors++;
}
}
if(data127.unit !== undefined){
let data128 = data127.unit;
if(typeof data128 === "string"){
if(!pattern46.test(data128)){
const err357 = {instancePath:instancePath+"/tables/" + i9+"/columns/" + i14+"/format/unit",schemaPath:"#/properties/tables/items/properties/columns/items/properties/format/properties/unit/pattern",keyword:"pattern",params:{pattern: "^[^\\s]{0,20}$"},message:"must match pattern \""+"^[^\\s]{0,20}$"+"\"",schema:"^[^\\s]{0,20}$",parentSchema:schema31.properties.tables.items.properties.columns.items.properties.format.properties.unit,data:data128};
if(vErrors === null){
vErrors = [err357];
}
else {
vErrors.push(err357);
}
errors++;
}
}
else {
const err358 = {instancePath:instancePath+"/tables/" + i9+"/columns/" + i14+"/format/unit",schemaPath:"#/properties/tables/items/properties/columns/items/properties/format/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.tables.items.properties.columns.items.properties.format.properties.unit.type,parentSchema:schema31.properties.tables.items.properties.columns.items.properties.format.properties.unit,data:data128};
if(vErrors === null){
vErrors = [err358];
}
else {
vErrors.push(err358);
}
errors++;
}
}
if(data127.unitIn !== undefined){
let data129 = data127.unitIn;
if(!((data129 === "cell") || (data129 === "header"))){
const err359 = {instancePath:instancePath+"/tables/" + i9+"/columns/" + i14+"/format/unitIn",schemaPath:"#/properties/tables/items/properties/columns/items/properties/format/properties/unitIn/enum",keyword:"enum",params:{allowedValues: schema31.properties.tables.items.properties.columns.items.properties.format.properties.unitIn.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.tables.items.properties.columns.items.properties.format.properties.unitIn.enum,parentSchema:schema31.properties.tables.items.properties.columns.items.properties.format.properties.unitIn,data:data129};
if(vErrors === null){
vErrors = [err359];
}
else {
vErrors.push(err359);
}
errors++;
}
}
if(data127.decimals !== undefined){
let data130 = data127.decimals;
if(!(((typeof data130 == "number") && (!(data130 % 1) && !isNaN(data130))) && (isFinite(data130)))){
const err360 = {instancePath:instancePath+"/tables/" + i9+"/columns/" + i14+"/format/decimals",schemaPath:"#/properties/tables/items/properties/columns/items/properties/format/properties/decimals/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.tables.items.properties.columns.items.properties.format.properties.decimals.type,parentSchema:schema31.properties.tables.items.properties.columns.items.properties.format.properties.decimals,data:data130};
if(vErrors === null){
vErrors = [err360];
}
else {
vErrors.push(err360);
}
errors++;
}
if((typeof data130 == "number") && (isFinite(data130))){
if(data130 > 4 || isNaN(data130)){
const err361 = {instancePath:instancePath+"/tables/" + i9+"/columns/" + i14+"/format/decimals",schemaPath:"#/properties/tables/items/properties/columns/items/properties/format/properties/decimals/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4},message:"must be <= 4",schema:4,parentSchema:schema31.properties.tables.items.properties.columns.items.properties.format.properties.decimals,data:data130};
if(vErrors === null){
vErrors = [err361];
}
else {
vErrors.push(err361);
}
errors++;
}
if(data130 < 0 || isNaN(data130)){
const err362 = {instancePath:instancePath+"/tables/" + i9+"/columns/" + i14+"/format/decimals",schemaPath:"#/properties/tables/items/properties/columns/items/properties/format/properties/decimals/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.tables.items.properties.columns.items.properties.format.properties.decimals,data:data130};
if(vErrors === null){
vErrors = [err362];
}
else {
vErrors.push(err362);
}
errors++;
}
}
}
if(data127.negative !== undefined){
let data131 = data127.negative;
if(!((data131 === "triangle") || (data131 === "minus"))){
const err363 = {instancePath:instancePath+"/tables/" + i9+"/columns/" + i14+"/format/negative",schemaPath:"#/properties/tables/items/properties/columns/items/properties/format/properties/negative/enum",keyword:"enum",params:{allowedValues: schema31.properties.tables.items.properties.columns.items.properties.format.properties.negative.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.tables.items.properties.columns.items.properties.format.properties.negative.enum,parentSchema:schema31.properties.tables.items.properties.columns.items.properties.format.properties.negative,data:data131};
if(vErrors === null){
vErrors = [err363];
}
else {
vErrors.push(err363);
}
errors++;
}
}
}
else {
const err364 = {instancePath:instancePath+"/tables/" + i9+"/columns/" + i14+"/format",schemaPath:"#/properties/tables/items/properties/columns/items/properties/format/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.tables.items.properties.columns.items.properties.format.type,parentSchema:schema31.properties.tables.items.properties.columns.items.properties.format,data:data127};
if(vErrors === null){
vErrors = [err364];
}
else {
vErrors.push(err364);
}
errors++;
}
}
}
else {
const err365 = {instancePath:instancePath+"/tables/" + i9+"/columns/" + i14,schemaPath:"#/properties/tables/items/properties/columns/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.tables.items.properties.columns.items.type,parentSchema:schema31.properties.tables.items.properties.columns.items,data:data111};
if(vErrors === null){
vErrors = [err365];
}
else {
vErrors.push(err365);
}
errors++;
}
}
}
else {
const err366 = {instancePath:instancePath+"/tables/" + i9+"/columns",schemaPath:"#/properties/tables/items/properties/columns/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.tables.items.properties.columns.type,parentSchema:schema31.properties.tables.items.properties.columns,data:data110};
if(vErrors === null){
vErrors = [err366];
}
else {
vErrors.push(err366);
}
errors++;
}
}
}
else {
const err367 = {instancePath:instancePath+"/tables/" + i9,schemaPath:"#/properties/tables/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.tables.items.type,parentSchema:schema31.properties.tables.items,data:data63};
if(vErrors === null){
vErrors = [err367];
}
else {
vErrors.push(err367);
}
errors++;
}
}
}
else {
const err368 = {instancePath:instancePath+"/tables",schemaPath:"#/properties/tables/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.tables.type,parentSchema:schema31.properties.tables,data:data62};
if(vErrors === null){
vErrors = [err368];
}
else {
vErrors.push(err368);
}
errors++;
}
}
}
else {
const err369 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err369];
}
else {
vErrors.push(err369);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const initiative = validate24;
const schema90 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://reform.local/schema/initiative.schema.json","title":"取組（1ファイルに1つ）","description":"具体的取組ひとつ分: 別表1の行（取組項目と工程、年次計画、実績、担当課）と別表2の行（検証）。 report.yaml に tables を書いた報告書では、数値目標（indicators）、効果額（effects）、評価（ratings）などを書き、items・plans・results・verification は省略できます。","type":"object","additionalProperties":false,"required":["number","section","title"],"properties":{"number":{"title":"番号","description":"報告書全体の通し番号（1から順に、重複や欠番なし）。","type":"integer","minimum":1,"maximum":100000},"section":{"title":"章","description":"この取組が属する章の記号（report.yaml の sections の id）。例: I","type":"string","pattern":"^[A-Za-z0-9_-]{1,20}$"},"subsection":{"$ref":"common.schema.json#/$defs/id","title":"中項目","description":"この取組が属する中項目の記号（report.yaml の sections の subsections の id）。例: 2-1"},"alsoUnder":{"title":"再掲","description":"この取組を別の中項目の下にも再び載せるとき、その中項目の記号の一覧。再掲先には「（再掲）」と印刷し、件数・合計には一度だけ数えます。","type":"array","maxItems":10,"items":{"$ref":"common.schema.json#/$defs/id","title":"再掲先の中項目","description":"例: 3-2"}},"title":{"$ref":"common.schema.json#/$defs/singleLine","title":"具体的取組","description":"取組の名前。①②の番号は章ごとに自動で付くので書かない。"},"achievedIn":{"$ref":"common.schema.json#/$defs/fiscalYear","title":"達成年度","description":"工程を達成済みの年度。年次計画の先頭に「(H28年度達成済)」のように印刷します。"},"division":{"$ref":"common.schema.json#/$defs/divisionRef","title":"担当課","description":"取組全体の担当課（部/課）。取組項目や検証の行で別の課を書けば、そちらが優先します。別表1・別表2 と、担当課の列（kind: division）のある表で必要。"},"coDivisions":{"title":"共管の担当課","description":"一緒に担当する課（共管）。division と並べて「（共管）」と印刷します。","type":"array","minItems":1,"maxItems":5,"items":{"$ref":"common.schema.json#/$defs/divisionRef","title":"共管の担当課","description":"例: 総務部/財政課"}},"items":{"title":"取組項目","description":"工程表の行。取組項目ごとに工程（年度ごとの段階）を書く。 report.yaml に tables がないとき（別表1・別表2）に必要。","type":"array","minItems":1,"maxItems":100,"items":{"$ref":"#/$defs/item"}},"plans":{"title":"年次計画","description":"年度ごとの年次計画。キーは西暦の年度（例: 2019）。 report.yaml に tables がないとき（別表1・別表2）に必要。","type":"object","propertyNames":{"pattern":"^(18[6-9][0-9]|19[0-9][0-9]|2[01][0-9][0-9]|2200)$"},"additionalProperties":{"$ref":"common.schema.json#/$defs/richText","title":"年次計画"}},"results":{"title":"実績","description":"年度ごとの実績。キーは西暦の年度、その下に上半期（firstHalf）と年間（fullYear）。 report.yaml に tables がないとき（別表1・別表2）に必要。","type":"object","propertyNames":{"pattern":"^(18[6-9][0-9]|19[0-9][0-9]|2[01][0-9][0-9]|2200)$"},"additionalProperties":{"title":"実績","type":"object","additionalProperties":false,"minProperties":1,"properties":{"firstHalf":{"$ref":"common.schema.json#/$defs/richText","title":"上半期実績","description":"4月～9月の実績。"},"fullYear":{"$ref":"common.schema.json#/$defs/richText","title":"年間実績","description":"4月～3月の実績。"}}}},"verification":{"title":"検証","description":"別表2の行。取組項目と1対1でなくてよい。 report.yaml に tables がないとき（別表1・別表2）に必要。","type":"array","minItems":1,"maxItems":100,"items":{"$ref":"#/$defs/verificationRow"}},"fields":{"title":"文章欄","description":"report.yaml の表の列（kind: text）に印刷する文章。キーは列の field と同じ半角英数字。例: summary: 取組の概要…","type":"object","propertyNames":{"pattern":"^[A-Za-z0-9_-]{1,40}$"},"additionalProperties":{"$ref":"common.schema.json#/$defs/richText","title":"文章欄","description":"表に印刷する文章。"}},"indicators":{"title":"数値目標","description":"数値目標（KPI）の一覧。表の行の単位が indicators のとき、1つが1行になります。","type":"array","minItems":1,"maxItems":50,"items":{"title":"数値目標","type":"object","additionalProperties":false,"required":["label","unit","target"],"properties":{"label":{"$ref":"common.schema.json#/$defs/singleLine","title":"指標","description":"数値目標の項目。例: 一般職員数の削減"},"unit":{"title":"単位","description":"数値の単位。例: 人、千円、平方メートル、%","type":"string","pattern":"^[^\\s]{1,20}$"},"measure":{"title":"進捗の測り方","description":"cumulative（毎年度の実績を積み上げ、累計÷目標値、既定）または level（最新の実績が基準値から目標値までのどこまで来たか: (実績−基準値)÷(目標値−基準値)）。","enum":["cumulative","level"]},"base":{"title":"基準値","description":"計画を始めたときの値とその時点。","type":"object","additionalProperties":false,"required":["value"],"properties":{"value":{"$ref":"common.schema.json#/$defs/amount","title":"基準値","description":"例: 45298"},"asOf":{"$ref":"common.schema.json#/$defs/singleLine","title":"基準値の時点","description":"例: 令和6年4月1日、令和5年度"}}},"target":{"title":"目標","description":"目標値と目標年度。","type":"object","additionalProperties":false,"required":["value"],"properties":{"value":{"$ref":"common.schema.json#/$defs/amount","title":"目標値","description":"例: 15（人を削減）"},"year":{"$ref":"common.schema.json#/$defs/fiscalYear","title":"目標年度","description":"目標を達成する年度（西暦）。例: 2027"}}},"targets":{"title":"年度別の目標値","description":"年度ごとの目標値（参考）。キーは西暦の年度。例: 2026: 40。表の列 indicator.yearTarget に印刷します。","type":"object","propertyNames":{"pattern":"^(18[6-9][0-9]|19[0-9][0-9]|2[01][0-9][0-9]|2200)$"},"additionalProperties":{"$ref":"common.schema.json#/$defs/amount","title":"目標値","description":"その年度の目標の数値。"}},"actuals":{"title":"実績値","description":"年度ごとの実績値。キーは西暦の年度。例: 2025: 6","type":"object","propertyNames":{"pattern":"^(18[6-9][0-9]|19[0-9][0-9]|2[01][0-9][0-9]|2200)$"},"additionalProperties":{"$ref":"common.schema.json#/$defs/amount","title":"実績値","description":"その年度の実績の数値。"}},"cumulative":{"$ref":"common.schema.json#/$defs/amount","title":"累計","description":"計算される値なので書かなくてよい。書いた場合は実績値の合計と一致するか確かめます。"},"progressRate":{"$ref":"common.schema.json#/$defs/amount","title":"進捗率","description":"計算される値（%）なので書かなくてよい。書いた場合は計算と一致するか（小数第1位まで）確かめます。"},"given":{"title":"累計は公表値","description":"true にすると、書いた累計（cumulative）を公表した値として印刷し、進捗率もそれから計算します（年度ごとの実績値がそろっていないとき。例: 最新の年度の実績と、計画開始からの累計だけを公表している）。計画期間の初めから公表年度までの実績値がそろっていれば、その合計と照らし合わせます。","type":"boolean"},"wording":{"$ref":"common.schema.json#/$defs/singleLine","title":"数値の言葉","description":"数値を言葉と一緒に印刷するときの形。{value} が単位付きの数値に置き換わる。例: 公用車の台数 {value}削減 → 公用車の台数 12台削減。数値は数値のまま（合計・比較・オープンデータ）。"},"figureNotes":{"title":"数値の注記","description":"1つの数値に付ける注記（※）。キーはその数値の項目: base（基準値）、target（目標値）、cumulative（累計）、progressRate（進捗率）、actuals.年度（その年度の実績値）。例: \"actuals.2025\": 3月末の見込みの値です。 → 表ではその数値の後に ※3 と印刷し、表の下に ※3 の注記を印刷します。数値は数値のまま（合計・比較・オープンデータ）。","type":"object","minProperties":1,"propertyNames":{"pattern":"^(base|target|cumulative|progressRate|actuals\\.(18[6-9][0-9]|19[0-9][0-9]|2[01][0-9][0-9]|2200))$"},"additionalProperties":{"$ref":"common.schema.json#/$defs/singleLine","title":"注記","description":"表の下に ※番号 を付けて印刷する文。"}},"note":{"$ref":"common.schema.json#/$defs/singleLine","title":"備考","description":"指標の注記。"}}}},"effects":{"title":"効果額","description":"財政効果額の一覧。表の行の単位が effects のとき、1つが1行になります。","type":"array","minItems":1,"maxItems":50,"items":{"title":"効果額","type":"object","additionalProperties":false,"required":["category"],"properties":{"category":{"$ref":"common.schema.json#/$defs/id","title":"区分","description":"report.yaml の categories の id。例: revenue"},"label":{"$ref":"common.schema.json#/$defs/singleLine","title":"効果額の項目","description":"表に印刷する項目名。省略すると取組名。"},"planned":{"$ref":"common.schema.json#/$defs/amount","title":"効果見込額","description":"見込みの金額（数値、例: 120000）。"},"actual":{"$ref":"common.schema.json#/$defs/amount","title":"効果実績額","description":"実績の金額（数値、減ったときは負の数。例: -66669）。"},"difference":{"$ref":"common.schema.json#/$defs/amount","title":"差額","description":"計算される値（効果実績額−効果見込額）なので書かなくてよい。書いた場合は計算と一致するか確かめます。"},"memo":{"title":"内数","description":"true にすると（　）付きで印刷し、小計・合計に加えない（他の行の内数のとき）。","type":"boolean"},"recurring":{"title":"毎年度の効果","description":"true にすると、ある年度に生じた効果（byYear・years）を計画期間のそれより後の年度にも毎年数える。false ならその年度だけ。省略すると report.yaml の effectCounting。","type":"boolean"},"wording":{"$ref":"common.schema.json#/$defs/singleLine","title":"数値の言葉","description":"金額を言葉と一緒に印刷するときの形。{value} が単位付きの数値に置き換わる。例: 庁舎の延床面積 {value} → 庁舎の延床面積 1,234平方メートル。"},"figureNotes":{"title":"数値の注記","description":"1つの金額に付ける注記（※）。キーはその金額の項目: planned（効果見込額）、actual（効果実績額）、difference（差額）、years.年度.planned・years.年度.actual（その年度の見込額・実績額）、byYear.年度（その年度の効果額）。例: actual: 3月補正後の額です。 → 表では 4,200※3 のように印刷し、表の下に ※3 の注記を印刷します。金額は数値のまま（合計・比較・オープンデータ）。","type":"object","minProperties":1,"propertyNames":{"pattern":"^(planned|actual|difference|years\\.(18[6-9][0-9]|19[0-9][0-9]|2[01][0-9][0-9]|2200)\\.(planned|actual)|byYear\\.(18[6-9][0-9]|19[0-9][0-9]|2[01][0-9][0-9]|2200))$"},"additionalProperties":{"$ref":"common.schema.json#/$defs/singleLine","title":"注記","description":"表の下に ※番号 を付けて印刷する文。"}},"years":{"title":"年度別の見込額と実績額","description":"複数の年度の見込額と実績額を並べる表のとき。キーは西暦の年度、その下に planned（見込額）と actual（実績額）。","type":"object","propertyNames":{"pattern":"^(18[6-9][0-9]|19[0-9][0-9]|2[01][0-9][0-9]|2200)$"},"additionalProperties":{"title":"その年度の見込額と実績額","type":"object","additionalProperties":false,"minProperties":1,"properties":{"planned":{"$ref":"common.schema.json#/$defs/amount","title":"見込額","description":"その年度の見込額。"},"actual":{"$ref":"common.schema.json#/$defs/amount","title":"実績額","description":"その年度の実績額。"}}}},"byYear":{"title":"年度別効果額","description":"年度ごとの効果額（総務省の集中改革プランの様式など）。キーは西暦の年度。数え方が recurring なら、その年度に新たに生じた効果額を書く。","type":"object","propertyNames":{"pattern":"^(18[6-9][0-9]|19[0-9][0-9]|2[01][0-9][0-9]|2200)$"},"additionalProperties":{"$ref":"common.schema.json#/$defs/amount","title":"年度別効果額","description":"その年度の効果額。"}}}}},"projects":{"title":"主要事業","description":"取組を進める主な事業とその予算額。個票（layout: cards）の中の表（rows: projects）で、1つが1行になります。","type":"array","minItems":1,"maxItems":50,"items":{"title":"主要事業","type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"$ref":"common.schema.json#/$defs/singleLine","title":"事業名","description":"例: 窓口受付システム導入事業"},"summary":{"$ref":"common.schema.json#/$defs/richText","title":"事業の概要","description":"事業の内容。表の列 project.summary に印刷します。"},"budgets":{"title":"予算額","description":"年度ごとの予算額（数値）。キーは西暦の年度。例: 2025: 12345。単位は表の列の format で（例: 千円）。","type":"object","propertyNames":{"pattern":"^(18[6-9][0-9]|19[0-9][0-9]|2[01][0-9][0-9]|2200)$"},"additionalProperties":{"$ref":"common.schema.json#/$defs/amount","title":"予算額","description":"その年度の予算額（数値）。"}}}}},"ratings":{"title":"評価","description":"期間ごとの評価。キーは期間（2025、2025H1、2025Q1）、その下に尺度の id と評価の記号。例: \"2025\": { status: 取組中, achievement: 一部達成 }","type":"object","propertyNames":{"pattern":"^(18[6-9][0-9]|19[0-9][0-9]|2[01][0-9][0-9]|2200)(H[12]|Q[1-4])?$"},"additionalProperties":{"title":"期間の評価","type":"object","minProperties":1,"propertyNames":{"pattern":"^[A-Za-z0-9_-]{1,40}$"},"additionalProperties":{"title":"評価の記号","description":"report.yaml の ratingScales の levels の code。","type":"string","pattern":"^[^\\s]{1,10}$"}}},"footnotes":{"title":"注記","description":"この取組について表の下に印刷する注記。番号（※1、※2…）が自動で付き、取組名の後に印が付きます。","type":"array","maxItems":10,"items":{"$ref":"common.schema.json#/$defs/singleLine","title":"注記","description":"例: 令和6年度から事業を統合"}}},"$defs":{"item":{"title":"取組項目","type":"object","additionalProperties":false,"required":["label","schedule"],"properties":{"label":{"$ref":"common.schema.json#/$defs/singleLine","title":"取組項目","description":"工程表に印刷する取組項目の名前。"},"checkbox":{"title":"□印","description":"取組項目の前に□を付けるか。省略すると付ける。","type":"boolean","default":true},"heading":{"$ref":"common.schema.json#/$defs/singleLine","title":"見出し","description":"担当課の欄で使う短い名前。省略すると取組項目の名前。例: 組織体制・運営の検討"},"division":{"$ref":"common.schema.json#/$defs/divisionRef","title":"担当課","description":"この取組項目の担当課（部/課）。省略すると取組全体の担当課。"},"schedule":{"title":"工程","description":"工程の段（レーン）。ふつうは1段、同じ年度に並行する段階があれば2段以上。","type":"array","minItems":1,"maxItems":10,"items":{"$ref":"#/$defs/lane"}}}},"lane":{"title":"工程の段","type":"object","additionalProperties":false,"required":["phases"],"properties":{"phases":{"title":"段階","description":"この段の段階を年度順に。同じ段で年度が重なってはいけない。","type":"array","minItems":1,"maxItems":50,"items":{"$ref":"#/$defs/phase"}}}},"phase":{"title":"段階","type":"object","additionalProperties":false,"required":["label","from"],"properties":{"label":{"$ref":"common.schema.json#/$defs/singleLine","title":"段階の名前","description":"例: 実施、検討、随時実施"},"from":{"$ref":"common.schema.json#/$defs/fiscalYear","title":"開始年度","description":"この段階の最初の年度（西暦）。"},"to":{"$ref":"common.schema.json#/$defs/fiscalYear","title":"終了年度","description":"この段階の最後の年度（西暦）。省略すると開始年度と同じ。"},"arrow":{"title":"矢印","description":"「← 実施 →」のように矢印で描くか。省略すると、2年度以上にわたるときだけ矢印。","type":"boolean"},"then":{"$ref":"common.schema.json#/$defs/singleLine","title":"年度内の次の段階","description":"同じ年度の中で次の段階に移るとき。例: label: 検討, then: 順次実施 →「検討 → 順次実施」"},"fromPart":{"title":"開始の期","description":"工程を半期・四半期で刻む表のとき、開始年度の中の期（半期: 1 上期、2 下期。四半期: 1～4）。省略すると年度の初め。","type":"integer","minimum":1,"maximum":4},"toPart":{"title":"終了の期","description":"終了年度の中の期（半期: 1 上期、2 下期。四半期: 1～4）。省略すると年度の終わり。","type":"integer","minimum":1,"maximum":4}}},"verificationRow":{"title":"検証の行","type":"object","additionalProperties":false,"required":["item","content","outcome","direction"],"properties":{"item":{"$ref":"common.schema.json#/$defs/richText","title":"取組項目","description":"別表2に印刷する取組項目の名前。"},"content":{"$ref":"common.schema.json#/$defs/richText","title":"内容","description":"取組の内容。"},"outcome":{"$ref":"common.schema.json#/$defs/richText","title":"実績・効果","description":"これまでの実績と効果。"},"direction":{"title":"区分","description":"今後の取組方向の区分の記号（report.yaml の directions の code）。例: A","type":"string","pattern":"^[A-Z]$"},"reason":{"$ref":"common.schema.json#/$defs/richText","title":"区分の理由","description":"その区分にした理由。"},"reasonSharedWithAbove":{"title":"区分の理由（上の行と共通）","description":"true にすると、上の行の区分の理由をこの行と共有し、セルを結合して印刷する。このとき reason は書かない。","type":"boolean"},"division":{"$ref":"common.schema.json#/$defs/divisionRef","title":"担当課","description":"この行の担当課（部/課）。省略すると取組全体の担当課。"}}}}};
const schema95 = {"title":"担当課","description":"「部/課」の形で書く（例: 総務部/人事課）。課のない部は「部」だけ（例: 監査委員事務局）、係・室まで書くときは「部/課/係」（例: 総務部/人事課/給与班）。マニフェストの departments に登録された部・課であること。","type":"string","pattern":"^[^/／\\s]+(/[^/／\\s]+){0,2}$"};
const schema107 = {"title":"文章","description":"複数行の文章。1行に1項目。「・」で始まる行は箇条書き、行頭の空白2つごとに1段下げ、＜…＞だけの行は小見出し、「^ 」で始まる行は中央寄せ。HTML タグは使えません（文字としてそのまま印刷されます）。","type":"string","minLength":1,"maxLength":20000};
const schema118 = {"title":"金額・数値","description":"数値で書く（例: 94.2、-66669）。単位（千円など）や△は書かない。印刷するときに表の設定で付きます。","type":"number","minimum":-1000000000000000,"maximum":1000000000000000};
const pattern71 = new RegExp("^[^/／\\s]+(/[^/／\\s]+){0,2}$", "u");
const pattern78 = new RegExp("^(18[6-9][0-9]|19[0-9][0-9]|2[01][0-9][0-9]|2200)$", "u");
const pattern89 = new RegExp("^(base|target|cumulative|progressRate|actuals\\.(18[6-9][0-9]|19[0-9][0-9]|2[01][0-9][0-9]|2200))$", "u");
const pattern95 = new RegExp("^(planned|actual|difference|years\\.(18[6-9][0-9]|19[0-9][0-9]|2[01][0-9][0-9]|2200)\\.(planned|actual)|byYear\\.(18[6-9][0-9]|19[0-9][0-9]|2[01][0-9][0-9]|2200))$", "u");
const pattern101 = new RegExp("^(18[6-9][0-9]|19[0-9][0-9]|2[01][0-9][0-9]|2200)(H[12]|Q[1-4])?$", "u");
const schema97 = {"title":"取組項目","type":"object","additionalProperties":false,"required":["label","schedule"],"properties":{"label":{"$ref":"common.schema.json#/$defs/singleLine","title":"取組項目","description":"工程表に印刷する取組項目の名前。"},"checkbox":{"title":"□印","description":"取組項目の前に□を付けるか。省略すると付ける。","type":"boolean","default":true},"heading":{"$ref":"common.schema.json#/$defs/singleLine","title":"見出し","description":"担当課の欄で使う短い名前。省略すると取組項目の名前。例: 組織体制・運営の検討"},"division":{"$ref":"common.schema.json#/$defs/divisionRef","title":"担当課","description":"この取組項目の担当課（部/課）。省略すると取組全体の担当課。"},"schedule":{"title":"工程","description":"工程の段（レーン）。ふつうは1段、同じ年度に並行する段階があれば2段以上。","type":"array","minItems":1,"maxItems":10,"items":{"$ref":"#/$defs/lane"}}}};
const schema101 = {"title":"工程の段","type":"object","additionalProperties":false,"required":["phases"],"properties":{"phases":{"title":"段階","description":"この段の段階を年度順に。同じ段で年度が重なってはいけない。","type":"array","minItems":1,"maxItems":50,"items":{"$ref":"#/$defs/phase"}}}};
const schema102 = {"title":"段階","type":"object","additionalProperties":false,"required":["label","from"],"properties":{"label":{"$ref":"common.schema.json#/$defs/singleLine","title":"段階の名前","description":"例: 実施、検討、随時実施"},"from":{"$ref":"common.schema.json#/$defs/fiscalYear","title":"開始年度","description":"この段階の最初の年度（西暦）。"},"to":{"$ref":"common.schema.json#/$defs/fiscalYear","title":"終了年度","description":"この段階の最後の年度（西暦）。省略すると開始年度と同じ。"},"arrow":{"title":"矢印","description":"「← 実施 →」のように矢印で描くか。省略すると、2年度以上にわたるときだけ矢印。","type":"boolean"},"then":{"$ref":"common.schema.json#/$defs/singleLine","title":"年度内の次の段階","description":"同じ年度の中で次の段階に移るとき。例: label: 検討, then: 順次実施 →「検討 → 順次実施」"},"fromPart":{"title":"開始の期","description":"工程を半期・四半期で刻む表のとき、開始年度の中の期（半期: 1 上期、2 下期。四半期: 1～4）。省略すると年度の初め。","type":"integer","minimum":1,"maximum":4},"toPart":{"title":"終了の期","description":"終了年度の中の期（半期: 1 上期、2 下期。四半期: 1～4）。省略すると年度の終わり。","type":"integer","minimum":1,"maximum":4}}};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.label === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'",schema:schema102.required,parentSchema:schema102,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.from === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema102.required,parentSchema:schema102,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "label") || (key0 === "from")) || (key0 === "to")) || (key0 === "arrow")) || (key0 === "then")) || (key0 === "fromPart")) || (key0 === "toPart"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema102,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.label !== undefined){
let data0 = data.label;
if(typeof data0 === "string"){
if(func2(data0) > 500){
const err3 = {instancePath:instancePath+"/label",schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func2(data0) < 1){
const err4 = {instancePath:instancePath+"/label",schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern4.test(data0)){
const err5 = {instancePath:instancePath+"/label",schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/label",schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.from !== undefined){
let data1 = data.from;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err7 = {instancePath:instancePath+"/from",schemaPath:"common.schema.json#/$defs/fiscalYear/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema35.type,parentSchema:schema35,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 2200 || isNaN(data1)){
const err8 = {instancePath:instancePath+"/from",schemaPath:"common.schema.json#/$defs/fiscalYear/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2200},message:"must be <= 2200",schema:2200,parentSchema:schema35,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data1 < 1868 || isNaN(data1)){
const err9 = {instancePath:instancePath+"/from",schemaPath:"common.schema.json#/$defs/fiscalYear/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1868},message:"must be >= 1868",schema:1868,parentSchema:schema35,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.to !== undefined){
let data2 = data.to;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err10 = {instancePath:instancePath+"/to",schemaPath:"common.schema.json#/$defs/fiscalYear/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema35.type,parentSchema:schema35,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 2200 || isNaN(data2)){
const err11 = {instancePath:instancePath+"/to",schemaPath:"common.schema.json#/$defs/fiscalYear/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2200},message:"must be <= 2200",schema:2200,parentSchema:schema35,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data2 < 1868 || isNaN(data2)){
const err12 = {instancePath:instancePath+"/to",schemaPath:"common.schema.json#/$defs/fiscalYear/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1868},message:"must be >= 1868",schema:1868,parentSchema:schema35,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data.arrow !== undefined){
let data3 = data.arrow;
if(typeof data3 !== "boolean"){
const err13 = {instancePath:instancePath+"/arrow",schemaPath:"#/properties/arrow/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema102.properties.arrow.type,parentSchema:schema102.properties.arrow,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.then !== undefined){
let data4 = data.then;
if(typeof data4 === "string"){
if(func2(data4) > 500){
const err14 = {instancePath:instancePath+"/then",schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(func2(data4) < 1){
const err15 = {instancePath:instancePath+"/then",schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!pattern4.test(data4)){
const err16 = {instancePath:instancePath+"/then",schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/then",schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.fromPart !== undefined){
let data5 = data.fromPart;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err18 = {instancePath:instancePath+"/fromPart",schemaPath:"#/properties/fromPart/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema102.properties.fromPart.type,parentSchema:schema102.properties.fromPart,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 4 || isNaN(data5)){
const err19 = {instancePath:instancePath+"/fromPart",schemaPath:"#/properties/fromPart/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4},message:"must be <= 4",schema:4,parentSchema:schema102.properties.fromPart,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data5 < 1 || isNaN(data5)){
const err20 = {instancePath:instancePath+"/fromPart",schemaPath:"#/properties/fromPart/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema102.properties.fromPart,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
if(data.toPart !== undefined){
let data6 = data.toPart;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err21 = {instancePath:instancePath+"/toPart",schemaPath:"#/properties/toPart/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema102.properties.toPart.type,parentSchema:schema102.properties.toPart,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 4 || isNaN(data6)){
const err22 = {instancePath:instancePath+"/toPart",schemaPath:"#/properties/toPart/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4},message:"must be <= 4",schema:4,parentSchema:schema102.properties.toPart,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data6 < 1 || isNaN(data6)){
const err23 = {instancePath:instancePath+"/toPart",schemaPath:"#/properties/toPart/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema102.properties.toPart,data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
}
else {
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema102.type,parentSchema:schema102,data};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.phases === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "phases"},message:"must have required property '"+"phases"+"'",schema:schema101.required,parentSchema:schema101,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "phases")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema101,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.phases !== undefined){
let data0 = data.phases;
if(Array.isArray(data0)){
if(data0.length > 50){
const err2 = {instancePath:instancePath+"/phases",schemaPath:"#/properties/phases/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items",schema:50,parentSchema:schema101.properties.phases,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.length < 1){
const err3 = {instancePath:instancePath+"/phases",schemaPath:"#/properties/phases/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema101.properties.phases,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate27(data0[i0], {instancePath:instancePath+"/phases/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/phases",schemaPath:"#/properties/phases/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema101.properties.phases.type,parentSchema:schema101.properties.phases,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema101.type,parentSchema:schema101,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.label === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'",schema:schema97.required,parentSchema:schema97,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.schedule === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schedule"},message:"must have required property '"+"schedule"+"'",schema:schema97.required,parentSchema:schema97,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "label") || (key0 === "checkbox")) || (key0 === "heading")) || (key0 === "division")) || (key0 === "schedule"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema97,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.label !== undefined){
let data0 = data.label;
if(typeof data0 === "string"){
if(func2(data0) > 500){
const err3 = {instancePath:instancePath+"/label",schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func2(data0) < 1){
const err4 = {instancePath:instancePath+"/label",schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern4.test(data0)){
const err5 = {instancePath:instancePath+"/label",schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/label",schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.checkbox !== undefined){
let data1 = data.checkbox;
if(typeof data1 !== "boolean"){
const err7 = {instancePath:instancePath+"/checkbox",schemaPath:"#/properties/checkbox/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema97.properties.checkbox.type,parentSchema:schema97.properties.checkbox,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.heading !== undefined){
let data2 = data.heading;
if(typeof data2 === "string"){
if(func2(data2) > 500){
const err8 = {instancePath:instancePath+"/heading",schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(func2(data2) < 1){
const err9 = {instancePath:instancePath+"/heading",schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!pattern4.test(data2)){
const err10 = {instancePath:instancePath+"/heading",schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/heading",schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.division !== undefined){
let data3 = data.division;
if(typeof data3 === "string"){
if(!pattern71.test(data3)){
const err12 = {instancePath:instancePath+"/division",schemaPath:"common.schema.json#/$defs/divisionRef/pattern",keyword:"pattern",params:{pattern: "^[^/／\\s]+(/[^/／\\s]+){0,2}$"},message:"must match pattern \""+"^[^/／\\s]+(/[^/／\\s]+){0,2}$"+"\"",schema:"^[^/／\\s]+(/[^/／\\s]+){0,2}$",parentSchema:schema95,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/division",schemaPath:"common.schema.json#/$defs/divisionRef/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema95.type,parentSchema:schema95,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.schedule !== undefined){
let data4 = data.schedule;
if(Array.isArray(data4)){
if(data4.length > 10){
const err14 = {instancePath:instancePath+"/schedule",schemaPath:"#/properties/schedule/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items",schema:10,parentSchema:schema97.properties.schedule,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data4.length < 1){
const err15 = {instancePath:instancePath+"/schedule",schemaPath:"#/properties/schedule/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema97.properties.schedule,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
if(!(validate26(data4[i0], {instancePath:instancePath+"/schedule/" + i0,parentData:data4,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
}
else {
const err16 = {instancePath:instancePath+"/schedule",schemaPath:"#/properties/schedule/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema97.properties.schedule.type,parentSchema:schema97.properties.schedule,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema97.type,parentSchema:schema97,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema110 = {"title":"検証の行","type":"object","additionalProperties":false,"required":["item","content","outcome","direction"],"properties":{"item":{"$ref":"common.schema.json#/$defs/richText","title":"取組項目","description":"別表2に印刷する取組項目の名前。"},"content":{"$ref":"common.schema.json#/$defs/richText","title":"内容","description":"取組の内容。"},"outcome":{"$ref":"common.schema.json#/$defs/richText","title":"実績・効果","description":"これまでの実績と効果。"},"direction":{"title":"区分","description":"今後の取組方向の区分の記号（report.yaml の directions の code）。例: A","type":"string","pattern":"^[A-Z]$"},"reason":{"$ref":"common.schema.json#/$defs/richText","title":"区分の理由","description":"その区分にした理由。"},"reasonSharedWithAbove":{"title":"区分の理由（上の行と共通）","description":"true にすると、上の行の区分の理由をこの行と共有し、セルを結合して印刷する。このとき reason は書かない。","type":"boolean"},"division":{"$ref":"common.schema.json#/$defs/divisionRef","title":"担当課","description":"この行の担当課（部/課）。省略すると取組全体の担当課。"}}};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "item"},message:"must have required property '"+"item"+"'",schema:schema110.required,parentSchema:schema110,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.content === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "content"},message:"must have required property '"+"content"+"'",schema:schema110.required,parentSchema:schema110,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.outcome === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "outcome"},message:"must have required property '"+"outcome"+"'",schema:schema110.required,parentSchema:schema110,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.direction === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "direction"},message:"must have required property '"+"direction"+"'",schema:schema110.required,parentSchema:schema110,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "item") || (key0 === "content")) || (key0 === "outcome")) || (key0 === "direction")) || (key0 === "reason")) || (key0 === "reasonSharedWithAbove")) || (key0 === "division"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema110,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.item !== undefined){
let data0 = data.item;
if(typeof data0 === "string"){
if(func2(data0) > 20000){
const err5 = {instancePath:instancePath+"/item",schemaPath:"common.schema.json#/$defs/richText/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters",schema:20000,parentSchema:schema107,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func2(data0) < 1){
const err6 = {instancePath:instancePath+"/item",schemaPath:"common.schema.json#/$defs/richText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema107,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/item",schemaPath:"common.schema.json#/$defs/richText/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema107.type,parentSchema:schema107,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.content !== undefined){
let data1 = data.content;
if(typeof data1 === "string"){
if(func2(data1) > 20000){
const err8 = {instancePath:instancePath+"/content",schemaPath:"common.schema.json#/$defs/richText/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters",schema:20000,parentSchema:schema107,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(func2(data1) < 1){
const err9 = {instancePath:instancePath+"/content",schemaPath:"common.schema.json#/$defs/richText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema107,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/content",schemaPath:"common.schema.json#/$defs/richText/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema107.type,parentSchema:schema107,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.outcome !== undefined){
let data2 = data.outcome;
if(typeof data2 === "string"){
if(func2(data2) > 20000){
const err11 = {instancePath:instancePath+"/outcome",schemaPath:"common.schema.json#/$defs/richText/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters",schema:20000,parentSchema:schema107,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(func2(data2) < 1){
const err12 = {instancePath:instancePath+"/outcome",schemaPath:"common.schema.json#/$defs/richText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema107,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/outcome",schemaPath:"common.schema.json#/$defs/richText/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema107.type,parentSchema:schema107,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.direction !== undefined){
let data3 = data.direction;
if(typeof data3 === "string"){
if(!pattern16.test(data3)){
const err14 = {instancePath:instancePath+"/direction",schemaPath:"#/properties/direction/pattern",keyword:"pattern",params:{pattern: "^[A-Z]$"},message:"must match pattern \""+"^[A-Z]$"+"\"",schema:"^[A-Z]$",parentSchema:schema110.properties.direction,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/direction",schemaPath:"#/properties/direction/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema110.properties.direction.type,parentSchema:schema110.properties.direction,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.reason !== undefined){
let data4 = data.reason;
if(typeof data4 === "string"){
if(func2(data4) > 20000){
const err16 = {instancePath:instancePath+"/reason",schemaPath:"common.schema.json#/$defs/richText/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters",schema:20000,parentSchema:schema107,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(func2(data4) < 1){
const err17 = {instancePath:instancePath+"/reason",schemaPath:"common.schema.json#/$defs/richText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema107,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/reason",schemaPath:"common.schema.json#/$defs/richText/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema107.type,parentSchema:schema107,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.reasonSharedWithAbove !== undefined){
let data5 = data.reasonSharedWithAbove;
if(typeof data5 !== "boolean"){
const err19 = {instancePath:instancePath+"/reasonSharedWithAbove",schemaPath:"#/properties/reasonSharedWithAbove/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema110.properties.reasonSharedWithAbove.type,parentSchema:schema110.properties.reasonSharedWithAbove,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.division !== undefined){
let data6 = data.division;
if(typeof data6 === "string"){
if(!pattern71.test(data6)){
const err20 = {instancePath:instancePath+"/division",schemaPath:"common.schema.json#/$defs/divisionRef/pattern",keyword:"pattern",params:{pattern: "^[^/／\\s]+(/[^/／\\s]+){0,2}$"},message:"must match pattern \""+"^[^/／\\s]+(/[^/／\\s]+){0,2}$"+"\"",schema:"^[^/／\\s]+(/[^/／\\s]+){0,2}$",parentSchema:schema95,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/division",schemaPath:"common.schema.json#/$defs/divisionRef/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema95.type,parentSchema:schema95,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema110.type,parentSchema:schema110,data};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://reform.local/schema/initiative.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.number === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "number"},message:"must have required property '"+"number"+"'",schema:schema90.required,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.section === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "section"},message:"must have required property '"+"section"+"'",schema:schema90.required,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.title === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema90.required,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema90.properties, key0))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.number !== undefined){
let data0 = data.number;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err4 = {instancePath:instancePath+"/number",schemaPath:"#/properties/number/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema90.properties.number.type,parentSchema:schema90.properties.number,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 100000 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/number",schemaPath:"#/properties/number/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000",schema:100000,parentSchema:schema90.properties.number,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data0 < 1 || isNaN(data0)){
const err6 = {instancePath:instancePath+"/number",schemaPath:"#/properties/number/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema90.properties.number,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.section !== undefined){
let data1 = data.section;
if(typeof data1 === "string"){
if(!pattern11.test(data1)){
const err7 = {instancePath:instancePath+"/section",schemaPath:"#/properties/section/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,20}$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{1,20}$"+"\"",schema:"^[A-Za-z0-9_-]{1,20}$",parentSchema:schema90.properties.section,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/section",schemaPath:"#/properties/section/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema90.properties.section.type,parentSchema:schema90.properties.section,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.subsection !== undefined){
let data2 = data.subsection;
if(typeof data2 === "string"){
if(!pattern14.test(data2)){
const err9 = {instancePath:instancePath+"/subsection",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,40}$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{1,40}$"+"\"",schema:"^[A-Za-z0-9_-]{1,40}$",parentSchema:schema45,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/subsection",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.type,parentSchema:schema45,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.alsoUnder !== undefined){
let data3 = data.alsoUnder;
if(Array.isArray(data3)){
if(data3.length > 10){
const err11 = {instancePath:instancePath+"/alsoUnder",schemaPath:"#/properties/alsoUnder/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items",schema:10,parentSchema:schema90.properties.alsoUnder,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 === "string"){
if(!pattern14.test(data4)){
const err12 = {instancePath:instancePath+"/alsoUnder/" + i0,schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,40}$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{1,40}$"+"\"",schema:"^[A-Za-z0-9_-]{1,40}$",parentSchema:schema45,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/alsoUnder/" + i0,schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.type,parentSchema:schema45,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/alsoUnder",schemaPath:"#/properties/alsoUnder/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema90.properties.alsoUnder.type,parentSchema:schema90.properties.alsoUnder,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.title !== undefined){
let data5 = data.title;
if(typeof data5 === "string"){
if(func2(data5) > 500){
const err15 = {instancePath:instancePath+"/title",schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(func2(data5) < 1){
const err16 = {instancePath:instancePath+"/title",schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!pattern4.test(data5)){
const err17 = {instancePath:instancePath+"/title",schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/title",schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.achievedIn !== undefined){
let data6 = data.achievedIn;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err19 = {instancePath:instancePath+"/achievedIn",schemaPath:"common.schema.json#/$defs/fiscalYear/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema35.type,parentSchema:schema35,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 2200 || isNaN(data6)){
const err20 = {instancePath:instancePath+"/achievedIn",schemaPath:"common.schema.json#/$defs/fiscalYear/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2200},message:"must be <= 2200",schema:2200,parentSchema:schema35,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data6 < 1868 || isNaN(data6)){
const err21 = {instancePath:instancePath+"/achievedIn",schemaPath:"common.schema.json#/$defs/fiscalYear/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1868},message:"must be >= 1868",schema:1868,parentSchema:schema35,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
if(data.division !== undefined){
let data7 = data.division;
if(typeof data7 === "string"){
if(!pattern71.test(data7)){
const err22 = {instancePath:instancePath+"/division",schemaPath:"common.schema.json#/$defs/divisionRef/pattern",keyword:"pattern",params:{pattern: "^[^/／\\s]+(/[^/／\\s]+){0,2}$"},message:"must match pattern \""+"^[^/／\\s]+(/[^/／\\s]+){0,2}$"+"\"",schema:"^[^/／\\s]+(/[^/／\\s]+){0,2}$",parentSchema:schema95,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/division",schemaPath:"common.schema.json#/$defs/divisionRef/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema95.type,parentSchema:schema95,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.coDivisions !== undefined){
let data8 = data.coDivisions;
if(Array.isArray(data8)){
if(data8.length > 5){
const err24 = {instancePath:instancePath+"/coDivisions",schemaPath:"#/properties/coDivisions/maxItems",keyword:"maxItems",params:{limit: 5},message:"must NOT have more than 5 items",schema:5,parentSchema:schema90.properties.coDivisions,data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data8.length < 1){
const err25 = {instancePath:instancePath+"/coDivisions",schemaPath:"#/properties/coDivisions/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema90.properties.coDivisions,data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
let data9 = data8[i1];
if(typeof data9 === "string"){
if(!pattern71.test(data9)){
const err26 = {instancePath:instancePath+"/coDivisions/" + i1,schemaPath:"common.schema.json#/$defs/divisionRef/pattern",keyword:"pattern",params:{pattern: "^[^/／\\s]+(/[^/／\\s]+){0,2}$"},message:"must match pattern \""+"^[^/／\\s]+(/[^/／\\s]+){0,2}$"+"\"",schema:"^[^/／\\s]+(/[^/／\\s]+){0,2}$",parentSchema:schema95,data:data9};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/coDivisions/" + i1,schemaPath:"common.schema.json#/$defs/divisionRef/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema95.type,parentSchema:schema95,data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/coDivisions",schemaPath:"#/properties/coDivisions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema90.properties.coDivisions.type,parentSchema:schema90.properties.coDivisions,data:data8};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.items !== undefined){
let data10 = data.items;
if(Array.isArray(data10)){
if(data10.length > 100){
const err29 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema90.properties.items,data:data10};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data10.length < 1){
const err30 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema90.properties.items,data:data10};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
const len2 = data10.length;
for(let i2=0; i2<len2; i2++){
if(!(validate25(data10[i2], {instancePath:instancePath+"/items/" + i2,parentData:data10,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
else {
const err31 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema90.properties.items.type,parentSchema:schema90.properties.items,data:data10};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.plans !== undefined){
let data12 = data.plans;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key1 in data12){
const _errs33 = errors;
if(typeof key1 === "string"){
if(!pattern78.test(key1)){
const err32 = {instancePath:instancePath+"/plans",schemaPath:"#/properties/plans/propertyNames/pattern",keyword:"pattern",params:{pattern: "^(18[6-9][0-9]|19[0-9][0-9]|2[01][0-9][0-9]|2200)$"},message:"must match pattern \""+"^(18[6-9][0-9]|19[0-9][0-9]|2[01][0-9][0-9]|2200)$"+"\"",schema:"^(18[6-9][0-9]|19[0-9][0-9]|2[01][0-9][0-9]|2200)$",parentSchema:schema90.properties.plans.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
var valid13 = _errs33 === errors;
if(!valid13){
const err33 = {instancePath:instancePath+"/plans",schemaPath:"#/properties/plans/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema90.properties.plans.propertyNames,parentSchema:schema90.properties.plans,data:data12};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
for(const key2 in data12){
let data13 = data12[key2];
if(typeof data13 === "string"){
if(func2(data13) > 20000){
const err34 = {instancePath:instancePath+"/plans/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/richText/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters",schema:20000,parentSchema:schema107,data:data13};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(func2(data13) < 1){
const err35 = {instancePath:instancePath+"/plans/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/richText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema107,data:data13};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/plans/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/richText/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema107.type,parentSchema:schema107,data:data13};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath:instancePath+"/plans",schemaPath:"#/properties/plans/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema90.properties.plans.type,parentSchema:schema90.properties.plans,data:data12};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.results !== undefined){
let data14 = data.results;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
for(const key3 in data14){
const _errs40 = errors;
if(typeof key3 === "string"){
if(!pattern78.test(key3)){
const err38 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/propertyNames/pattern",keyword:"pattern",params:{pattern: "^(18[6-9][0-9]|19[0-9][0-9]|2[01][0-9][0-9]|2200)$"},message:"must match pattern \""+"^(18[6-9][0-9]|19[0-9][0-9]|2[01][0-9][0-9]|2200)$"+"\"",schema:"^(18[6-9][0-9]|19[0-9][0-9]|2[01][0-9][0-9]|2200)$",parentSchema:schema90.properties.results.propertyNames,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
var valid16 = _errs40 === errors;
if(!valid16){
const err39 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid",schema:schema90.properties.results.propertyNames,parentSchema:schema90.properties.results,data:data14};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
for(const key4 in data14){
let data15 = data14[key4];
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(Object.keys(data15).length < 1){
const err40 = {instancePath:instancePath+"/results/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/results/additionalProperties/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema90.properties.results.additionalProperties,data:data15};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
for(const key5 in data15){
if(!((key5 === "firstHalf") || (key5 === "fullYear"))){
const err41 = {instancePath:instancePath+"/results/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/results/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema90.properties.results.additionalProperties,data:data15};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data15.firstHalf !== undefined){
let data16 = data15.firstHalf;
if(typeof data16 === "string"){
if(func2(data16) > 20000){
const err42 = {instancePath:instancePath+"/results/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/firstHalf",schemaPath:"common.schema.json#/$defs/richText/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters",schema:20000,parentSchema:schema107,data:data16};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(func2(data16) < 1){
const err43 = {instancePath:instancePath+"/results/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/firstHalf",schemaPath:"common.schema.json#/$defs/richText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema107,data:data16};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/results/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/firstHalf",schemaPath:"common.schema.json#/$defs/richText/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema107.type,parentSchema:schema107,data:data16};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data15.fullYear !== undefined){
let data17 = data15.fullYear;
if(typeof data17 === "string"){
if(func2(data17) > 20000){
const err45 = {instancePath:instancePath+"/results/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/fullYear",schemaPath:"common.schema.json#/$defs/richText/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters",schema:20000,parentSchema:schema107,data:data17};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(func2(data17) < 1){
const err46 = {instancePath:instancePath+"/results/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/fullYear",schemaPath:"common.schema.json#/$defs/richText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema107,data:data17};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/results/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/fullYear",schemaPath:"common.schema.json#/$defs/richText/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema107.type,parentSchema:schema107,data:data17};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath:instancePath+"/results/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/results/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema90.properties.results.additionalProperties.type,parentSchema:schema90.properties.results.additionalProperties,data:data15};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema90.properties.results.type,parentSchema:schema90.properties.results,data:data14};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.verification !== undefined){
let data18 = data.verification;
if(Array.isArray(data18)){
if(data18.length > 100){
const err50 = {instancePath:instancePath+"/verification",schemaPath:"#/properties/verification/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema90.properties.verification,data:data18};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(data18.length < 1){
const err51 = {instancePath:instancePath+"/verification",schemaPath:"#/properties/verification/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema90.properties.verification,data:data18};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
const len3 = data18.length;
for(let i3=0; i3<len3; i3++){
if(!(validate31(data18[i3], {instancePath:instancePath+"/verification/" + i3,parentData:data18,parentDataProperty:i3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
}
else {
const err52 = {instancePath:instancePath+"/verification",schemaPath:"#/properties/verification/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema90.properties.verification.type,parentSchema:schema90.properties.verification,data:data18};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.fields !== undefined){
let data20 = data.fields;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
for(const key6 in data20){
const _errs56 = errors;
if(typeof key6 === "string"){
if(!pattern14.test(key6)){
const err53 = {instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,40}$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{1,40}$"+"\"",schema:"^[A-Za-z0-9_-]{1,40}$",parentSchema:schema90.properties.fields.propertyNames,data:key6,propertyName:key6};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
var valid23 = _errs56 === errors;
if(!valid23){
const err54 = {instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/propertyNames",keyword:"propertyNames",params:{propertyName: key6},message:"property name must be valid",schema:schema90.properties.fields.propertyNames,parentSchema:schema90.properties.fields,data:data20};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
for(const key7 in data20){
let data21 = data20[key7];
if(typeof data21 === "string"){
if(func2(data21) > 20000){
const err55 = {instancePath:instancePath+"/fields/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/richText/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters",schema:20000,parentSchema:schema107,data:data21};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(func2(data21) < 1){
const err56 = {instancePath:instancePath+"/fields/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/richText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema107,data:data21};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
else {
const err57 = {instancePath:instancePath+"/fields/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/richText/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema107.type,parentSchema:schema107,data:data21};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
else {
const err58 = {instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema90.properties.fields.type,parentSchema:schema90.properties.fields,data:data20};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data.indicators !== undefined){
let data22 = data.indicators;
if(Array.isArray(data22)){
if(data22.length > 50){
const err59 = {instancePath:instancePath+"/indicators",schemaPath:"#/properties/indicators/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items",schema:50,parentSchema:schema90.properties.indicators,data:data22};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(data22.length < 1){
const err60 = {instancePath:instancePath+"/indicators",schemaPath:"#/properties/indicators/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema90.properties.indicators,data:data22};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
const len4 = data22.length;
for(let i4=0; i4<len4; i4++){
let data23 = data22[i4];
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
if(data23.label === undefined){
const err61 = {instancePath:instancePath+"/indicators/" + i4,schemaPath:"#/properties/indicators/items/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'",schema:schema90.properties.indicators.items.required,parentSchema:schema90.properties.indicators.items,data:data23};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(data23.unit === undefined){
const err62 = {instancePath:instancePath+"/indicators/" + i4,schemaPath:"#/properties/indicators/items/required",keyword:"required",params:{missingProperty: "unit"},message:"must have required property '"+"unit"+"'",schema:schema90.properties.indicators.items.required,parentSchema:schema90.properties.indicators.items,data:data23};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(data23.target === undefined){
const err63 = {instancePath:instancePath+"/indicators/" + i4,schemaPath:"#/properties/indicators/items/required",keyword:"required",params:{missingProperty: "target"},message:"must have required property '"+"target"+"'",schema:schema90.properties.indicators.items.required,parentSchema:schema90.properties.indicators.items,data:data23};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
for(const key8 in data23){
if(!(func1.call(schema90.properties.indicators.items.properties, key8))){
const err64 = {instancePath:instancePath+"/indicators/" + i4,schemaPath:"#/properties/indicators/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema90.properties.indicators.items,data:data23};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data23.label !== undefined){
let data24 = data23.label;
if(typeof data24 === "string"){
if(func2(data24) > 500){
const err65 = {instancePath:instancePath+"/indicators/" + i4+"/label",schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data24};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(func2(data24) < 1){
const err66 = {instancePath:instancePath+"/indicators/" + i4+"/label",schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data24};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(!pattern4.test(data24)){
const err67 = {instancePath:instancePath+"/indicators/" + i4+"/label",schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data24};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
else {
const err68 = {instancePath:instancePath+"/indicators/" + i4+"/label",schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data24};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data23.unit !== undefined){
let data25 = data23.unit;
if(typeof data25 === "string"){
if(!pattern32.test(data25)){
const err69 = {instancePath:instancePath+"/indicators/" + i4+"/unit",schemaPath:"#/properties/indicators/items/properties/unit/pattern",keyword:"pattern",params:{pattern: "^[^\\s]{1,20}$"},message:"must match pattern \""+"^[^\\s]{1,20}$"+"\"",schema:"^[^\\s]{1,20}$",parentSchema:schema90.properties.indicators.items.properties.unit,data:data25};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
else {
const err70 = {instancePath:instancePath+"/indicators/" + i4+"/unit",schemaPath:"#/properties/indicators/items/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema90.properties.indicators.items.properties.unit.type,parentSchema:schema90.properties.indicators.items.properties.unit,data:data25};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data23.measure !== undefined){
let data26 = data23.measure;
if(!((data26 === "cumulative") || (data26 === "level"))){
const err71 = {instancePath:instancePath+"/indicators/" + i4+"/measure",schemaPath:"#/properties/indicators/items/properties/measure/enum",keyword:"enum",params:{allowedValues: schema90.properties.indicators.items.properties.measure.enum},message:"must be equal to one of the allowed values",schema:schema90.properties.indicators.items.properties.measure.enum,parentSchema:schema90.properties.indicators.items.properties.measure,data:data26};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data23.base !== undefined){
let data27 = data23.base;
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
if(data27.value === undefined){
const err72 = {instancePath:instancePath+"/indicators/" + i4+"/base",schemaPath:"#/properties/indicators/items/properties/base/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema90.properties.indicators.items.properties.base.required,parentSchema:schema90.properties.indicators.items.properties.base,data:data27};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
for(const key9 in data27){
if(!((key9 === "value") || (key9 === "asOf"))){
const err73 = {instancePath:instancePath+"/indicators/" + i4+"/base",schemaPath:"#/properties/indicators/items/properties/base/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema90.properties.indicators.items.properties.base,data:data27};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data27.value !== undefined){
let data28 = data27.value;
if((typeof data28 == "number") && (isFinite(data28))){
if(data28 > 1000000000000000 || isNaN(data28)){
const err74 = {instancePath:instancePath+"/indicators/" + i4+"/base/value",schemaPath:"common.schema.json#/$defs/amount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000000},message:"must be <= 1000000000000000",schema:1000000000000000,parentSchema:schema118,data:data28};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(data28 < -1000000000000000 || isNaN(data28)){
const err75 = {instancePath:instancePath+"/indicators/" + i4+"/base/value",schemaPath:"common.schema.json#/$defs/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1000000000000000},message:"must be >= -1000000000000000",schema:-1000000000000000,parentSchema:schema118,data:data28};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
else {
const err76 = {instancePath:instancePath+"/indicators/" + i4+"/base/value",schemaPath:"common.schema.json#/$defs/amount/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema118.type,parentSchema:schema118,data:data28};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data27.asOf !== undefined){
let data29 = data27.asOf;
if(typeof data29 === "string"){
if(func2(data29) > 500){
const err77 = {instancePath:instancePath+"/indicators/" + i4+"/base/asOf",schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data29};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if(func2(data29) < 1){
const err78 = {instancePath:instancePath+"/indicators/" + i4+"/base/asOf",schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data29};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if(!pattern4.test(data29)){
const err79 = {instancePath:instancePath+"/indicators/" + i4+"/base/asOf",schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data29};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
else {
const err80 = {instancePath:instancePath+"/indicators/" + i4+"/base/asOf",schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data29};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
}
else {
const err81 = {instancePath:instancePath+"/indicators/" + i4+"/base",schemaPath:"#/properties/indicators/items/properties/base/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema90.properties.indicators.items.properties.base.type,parentSchema:schema90.properties.indicators.items.properties.base,data:data27};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data23.target !== undefined){
let data30 = data23.target;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if(data30.value === undefined){
const err82 = {instancePath:instancePath+"/indicators/" + i4+"/target",schemaPath:"#/properties/indicators/items/properties/target/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema90.properties.indicators.items.properties.target.required,parentSchema:schema90.properties.indicators.items.properties.target,data:data30};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
for(const key10 in data30){
if(!((key10 === "value") || (key10 === "year"))){
const err83 = {instancePath:instancePath+"/indicators/" + i4+"/target",schemaPath:"#/properties/indicators/items/properties/target/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema90.properties.indicators.items.properties.target,data:data30};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data30.value !== undefined){
let data31 = data30.value;
if((typeof data31 == "number") && (isFinite(data31))){
if(data31 > 1000000000000000 || isNaN(data31)){
const err84 = {instancePath:instancePath+"/indicators/" + i4+"/target/value",schemaPath:"common.schema.json#/$defs/amount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000000},message:"must be <= 1000000000000000",schema:1000000000000000,parentSchema:schema118,data:data31};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if(data31 < -1000000000000000 || isNaN(data31)){
const err85 = {instancePath:instancePath+"/indicators/" + i4+"/target/value",schemaPath:"common.schema.json#/$defs/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1000000000000000},message:"must be >= -1000000000000000",schema:-1000000000000000,parentSchema:schema118,data:data31};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
else {
const err86 = {instancePath:instancePath+"/indicators/" + i4+"/target/value",schemaPath:"common.schema.json#/$defs/amount/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema118.type,parentSchema:schema118,data:data31};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data30.year !== undefined){
let data32 = data30.year;
if(!(((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32))) && (isFinite(data32)))){
const err87 = {instancePath:instancePath+"/indicators/" + i4+"/target/year",schemaPath:"common.schema.json#/$defs/fiscalYear/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema35.type,parentSchema:schema35,data:data32};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
if((typeof data32 == "number") && (isFinite(data32))){
if(data32 > 2200 || isNaN(data32)){
const err88 = {instancePath:instancePath+"/indicators/" + i4+"/target/year",schemaPath:"common.schema.json#/$defs/fiscalYear/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2200},message:"must be <= 2200",schema:2200,parentSchema:schema35,data:data32};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
if(data32 < 1868 || isNaN(data32)){
const err89 = {instancePath:instancePath+"/indicators/" + i4+"/target/year",schemaPath:"common.schema.json#/$defs/fiscalYear/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1868},message:"must be >= 1868",schema:1868,parentSchema:schema35,data:data32};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
}
}
else {
const err90 = {instancePath:instancePath+"/indicators/" + i4+"/target",schemaPath:"#/properties/indicators/items/properties/target/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema90.properties.indicators.items.properties.target.type,parentSchema:schema90.properties.indicators.items.properties.target,data:data30};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data23.targets !== undefined){
let data33 = data23.targets;
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
for(const key11 in data33){
const _errs92 = errors;
if(typeof key11 === "string"){
if(!pattern78.test(key11)){
const err91 = {instancePath:instancePath+"/indicators/" + i4+"/targets",schemaPath:"#/properties/indicators/items/properties/targets/propertyNames/pattern",keyword:"pattern",params:{pattern: "^(18[6-9][0-9]|19[0-9][0-9]|2[01][0-9][0-9]|2200)$"},message:"must match pattern \""+"^(18[6-9][0-9]|19[0-9][0-9]|2[01][0-9][0-9]|2200)$"+"\"",schema:"^(18[6-9][0-9]|19[0-9][0-9]|2[01][0-9][0-9]|2200)$",parentSchema:schema90.properties.indicators.items.properties.targets.propertyNames,data:key11,propertyName:key11};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
var valid36 = _errs92 === errors;
if(!valid36){
const err92 = {instancePath:instancePath+"/indicators/" + i4+"/targets",schemaPath:"#/properties/indicators/items/properties/targets/propertyNames",keyword:"propertyNames",params:{propertyName: key11},message:"property name must be valid",schema:schema90.properties.indicators.items.properties.targets.propertyNames,parentSchema:schema90.properties.indicators.items.properties.targets,data:data33};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
for(const key12 in data33){
let data34 = data33[key12];
if((typeof data34 == "number") && (isFinite(data34))){
if(data34 > 1000000000000000 || isNaN(data34)){
const err93 = {instancePath:instancePath+"/indicators/" + i4+"/targets/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/amount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000000},message:"must be <= 1000000000000000",schema:1000000000000000,parentSchema:schema118,data:data34};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
if(data34 < -1000000000000000 || isNaN(data34)){
const err94 = {instancePath:instancePath+"/indicators/" + i4+"/targets/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1000000000000000},message:"must be >= -1000000000000000",schema:-1000000000000000,parentSchema:schema118,data:data34};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
else {
const err95 = {instancePath:instancePath+"/indicators/" + i4+"/targets/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/amount/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema118.type,parentSchema:schema118,data:data34};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
}
else {
const err96 = {instancePath:instancePath+"/indicators/" + i4+"/targets",schemaPath:"#/properties/indicators/items/properties/targets/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema90.properties.indicators.items.properties.targets.type,parentSchema:schema90.properties.indicators.items.properties.targets,data:data33};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data23.actuals !== undefined){
let data35 = data23.actuals;
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
for(const key13 in data35){
const _errs99 = errors;
if(typeof key13 === "string"){
if(!pattern78.test(key13)){
const err97 = {instancePath:instancePath+"/indicators/" + i4+"/actuals",schemaPath:"#/properties/indicators/items/properties/actuals/propertyNames/pattern",keyword:"pattern",params:{pattern: "^(18[6-9][0-9]|19[0-9][0-9]|2[01][0-9][0-9]|2200)$"},message:"must match pattern \""+"^(18[6-9][0-9]|19[0-9][0-9]|2[01][0-9][0-9]|2200)$"+"\"",schema:"^(18[6-9][0-9]|19[0-9][0-9]|2[01][0-9][0-9]|2200)$",parentSchema:schema90.properties.indicators.items.properties.actuals.propertyNames,data:key13,propertyName:key13};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
var valid39 = _errs99 === errors;
if(!valid39){
const err98 = {instancePath:instancePath+"/indicators/" + i4+"/actuals",schemaPath:"#/properties/indicators/items/properties/actuals/propertyNames",keyword:"propertyNames",params:{propertyName: key13},message:"property name must be valid",schema:schema90.properties.indicators.items.properties.actuals.propertyNames,parentSchema:schema90.properties.indicators.items.properties.actuals,data:data35};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
for(const key14 in data35){
let data36 = data35[key14];
if((typeof data36 == "number") && (isFinite(data36))){
if(data36 > 1000000000000000 || isNaN(data36)){
const err99 = {instancePath:instancePath+"/indicators/" + i4+"/actuals/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/amount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000000},message:"must be <= 1000000000000000",schema:1000000000000000,parentSchema:schema118,data:data36};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
if(data36 < -1000000000000000 || isNaN(data36)){
const err100 = {instancePath:instancePath+"/indicators/" + i4+"/actuals/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1000000000000000},message:"must be >= -1000000000000000",schema:-1000000000000000,parentSchema:schema118,data:data36};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
else {
const err101 = {instancePath:instancePath+"/indicators/" + i4+"/actuals/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/amount/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema118.type,parentSchema:schema118,data:data36};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
}
else {
const err102 = {instancePath:instancePath+"/indicators/" + i4+"/actuals",schemaPath:"#/properties/indicators/items/properties/actuals/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema90.properties.indicators.items.properties.actuals.type,parentSchema:schema90.properties.indicators.items.properties.actuals,data:data35};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data23.cumulative !== undefined){
let data37 = data23.cumulative;
if((typeof data37 == "number") && (isFinite(data37))){
if(data37 > 1000000000000000 || isNaN(data37)){
const err103 = {instancePath:instancePath+"/indicators/" + i4+"/cumulative",schemaPath:"common.schema.json#/$defs/amount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000000},message:"must be <= 1000000000000000",schema:1000000000000000,parentSchema:schema118,data:data37};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
if(data37 < -1000000000000000 || isNaN(data37)){
const err104 = {instancePath:instancePath+"/indicators/" + i4+"/cumulative",schemaPath:"common.schema.json#/$defs/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1000000000000000},message:"must be >= -1000000000000000",schema:-1000000000000000,parentSchema:schema118,data:data37};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
else {
const err105 = {instancePath:instancePath+"/indicators/" + i4+"/cumulative",schemaPath:"common.schema.json#/$defs/amount/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema118.type,parentSchema:schema118,data:data37};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data23.progressRate !== undefined){
let data38 = data23.progressRate;
if((typeof data38 == "number") && (isFinite(data38))){
if(data38 > 1000000000000000 || isNaN(data38)){
const err106 = {instancePath:instancePath+"/indicators/" + i4+"/progressRate",schemaPath:"common.schema.json#/$defs/amount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000000},message:"must be <= 1000000000000000",schema:1000000000000000,parentSchema:schema118,data:data38};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
if(data38 < -1000000000000000 || isNaN(data38)){
const err107 = {instancePath:instancePath+"/indicators/" + i4+"/progressRate",schemaPath:"common.schema.json#/$defs/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1000000000000000},message:"must be >= -1000000000000000",schema:-1000000000000000,parentSchema:schema118,data:data38};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
else {
const err108 = {instancePath:instancePath+"/indicators/" + i4+"/progressRate",schemaPath:"common.schema.json#/$defs/amount/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema118.type,parentSchema:schema118,data:data38};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data23.given !== undefined){
let data39 = data23.given;
if(typeof data39 !== "boolean"){
const err109 = {instancePath:instancePath+"/indicators/" + i4+"/given",schemaPath:"#/properties/indicators/items/properties/given/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema90.properties.indicators.items.properties.given.type,parentSchema:schema90.properties.indicators.items.properties.given,data:data39};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
if(data23.wording !== undefined){
let data40 = data23.wording;
if(typeof data40 === "string"){
if(func2(data40) > 500){
const err110 = {instancePath:instancePath+"/indicators/" + i4+"/wording",schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data40};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
if(func2(data40) < 1){
const err111 = {instancePath:instancePath+"/indicators/" + i4+"/wording",schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data40};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
if(!pattern4.test(data40)){
const err112 = {instancePath:instancePath+"/indicators/" + i4+"/wording",schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data40};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
else {
const err113 = {instancePath:instancePath+"/indicators/" + i4+"/wording",schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data40};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
if(data23.figureNotes !== undefined){
let data41 = data23.figureNotes;
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
if(Object.keys(data41).length < 1){
const err114 = {instancePath:instancePath+"/indicators/" + i4+"/figureNotes",schemaPath:"#/properties/indicators/items/properties/figureNotes/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema90.properties.indicators.items.properties.figureNotes,data:data41};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
for(const key15 in data41){
const _errs117 = errors;
if(typeof key15 === "string"){
if(!pattern89.test(key15)){
const err115 = {instancePath:instancePath+"/indicators/" + i4+"/figureNotes",schemaPath:"#/properties/indicators/items/properties/figureNotes/propertyNames/pattern",keyword:"pattern",params:{pattern: "^(base|target|cumulative|progressRate|actuals\\.(18[6-9][0-9]|19[0-9][0-9]|2[01][0-9][0-9]|2200))$"},message:"must match pattern \""+"^(base|target|cumulative|progressRate|actuals\\.(18[6-9][0-9]|19[0-9][0-9]|2[01][0-9][0-9]|2200))$"+"\"",schema:"^(base|target|cumulative|progressRate|actuals\\.(18[6-9][0-9]|19[0-9][0-9]|2[01][0-9][0-9]|2200))$",parentSchema:schema90.properties.indicators.items.properties.figureNotes.propertyNames,data:key15,propertyName:key15};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
var valid45 = _errs117 === errors;
if(!valid45){
const err116 = {instancePath:instancePath+"/indicators/" + i4+"/figureNotes",schemaPath:"#/properties/indicators/items/properties/figureNotes/propertyNames",keyword:"propertyNames",params:{propertyName: key15},message:"property name must be valid",schema:schema90.properties.indicators.items.properties.figureNotes.propertyNames,parentSchema:schema90.properties.indicators.items.properties.figureNotes,data:data41};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
for(const key16 in data41){
let data42 = data41[key16];
if(typeof data42 === "string"){
if(func2(data42) > 500){
const err117 = {instancePath:instancePath+"/indicators/" + i4+"/figureNotes/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data42};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
if(func2(data42) < 1){
const err118 = {instancePath:instancePath+"/indicators/" + i4+"/figureNotes/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data42};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
if(!pattern4.test(data42)){
const err119 = {instancePath:instancePath+"/indicators/" + i4+"/figureNotes/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data42};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
else {
const err120 = {instancePath:instancePath+"/indicators/" + i4+"/figureNotes/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data42};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
}
else {
const err121 = {instancePath:instancePath+"/indicators/" + i4+"/figureNotes",schemaPath:"#/properties/indicators/items/properties/figureNotes/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema90.properties.indicators.items.properties.figureNotes.type,parentSchema:schema90.properties.indicators.items.properties.figureNotes,data:data41};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
if(data23.note !== undefined){
let data43 = data23.note;
if(typeof data43 === "string"){
if(func2(data43) > 500){
const err122 = {instancePath:instancePath+"/indicators/" + i4+"/note",schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data43};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
if(func2(data43) < 1){
const err123 = {instancePath:instancePath+"/indicators/" + i4+"/note",schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data43};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
if(!pattern4.test(data43)){
const err124 = {instancePath:instancePath+"/indicators/" + i4+"/note",schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data43};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
else {
const err125 = {instancePath:instancePath+"/indicators/" + i4+"/note",schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data43};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
}
else {
const err126 = {instancePath:instancePath+"/indicators/" + i4,schemaPath:"#/properties/indicators/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema90.properties.indicators.items.type,parentSchema:schema90.properties.indicators.items,data:data23};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
}
else {
const err127 = {instancePath:instancePath+"/indicators",schemaPath:"#/properties/indicators/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema90.properties.indicators.type,parentSchema:schema90.properties.indicators,data:data22};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
if(data.effects !== undefined){
let data44 = data.effects;
if(Array.isArray(data44)){
if(data44.length > 50){
const err128 = {instancePath:instancePath+"/effects",schemaPath:"#/properties/effects/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items",schema:50,parentSchema:schema90.properties.effects,data:data44};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
if(data44.length < 1){
const err129 = {instancePath:instancePath+"/effects",schemaPath:"#/properties/effects/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema90.properties.effects,data:data44};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
const len5 = data44.length;
for(let i5=0; i5<len5; i5++){
let data45 = data44[i5];
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
if(data45.category === undefined){
const err130 = {instancePath:instancePath+"/effects/" + i5,schemaPath:"#/properties/effects/items/required",keyword:"required",params:{missingProperty: "category"},message:"must have required property '"+"category"+"'",schema:schema90.properties.effects.items.required,parentSchema:schema90.properties.effects.items,data:data45};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
for(const key17 in data45){
if(!(func1.call(schema90.properties.effects.items.properties, key17))){
const err131 = {instancePath:instancePath+"/effects/" + i5,schemaPath:"#/properties/effects/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties",schema:false,parentSchema:schema90.properties.effects.items,data:data45};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
if(data45.category !== undefined){
let data46 = data45.category;
if(typeof data46 === "string"){
if(!pattern14.test(data46)){
const err132 = {instancePath:instancePath+"/effects/" + i5+"/category",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,40}$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{1,40}$"+"\"",schema:"^[A-Za-z0-9_-]{1,40}$",parentSchema:schema45,data:data46};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
else {
const err133 = {instancePath:instancePath+"/effects/" + i5+"/category",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.type,parentSchema:schema45,data:data46};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
if(data45.label !== undefined){
let data47 = data45.label;
if(typeof data47 === "string"){
if(func2(data47) > 500){
const err134 = {instancePath:instancePath+"/effects/" + i5+"/label",schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data47};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
if(func2(data47) < 1){
const err135 = {instancePath:instancePath+"/effects/" + i5+"/label",schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data47};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
if(!pattern4.test(data47)){
const err136 = {instancePath:instancePath+"/effects/" + i5+"/label",schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data47};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
else {
const err137 = {instancePath:instancePath+"/effects/" + i5+"/label",schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data47};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
if(data45.planned !== undefined){
let data48 = data45.planned;
if((typeof data48 == "number") && (isFinite(data48))){
if(data48 > 1000000000000000 || isNaN(data48)){
const err138 = {instancePath:instancePath+"/effects/" + i5+"/planned",schemaPath:"common.schema.json#/$defs/amount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000000},message:"must be <= 1000000000000000",schema:1000000000000000,parentSchema:schema118,data:data48};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
if(data48 < -1000000000000000 || isNaN(data48)){
const err139 = {instancePath:instancePath+"/effects/" + i5+"/planned",schemaPath:"common.schema.json#/$defs/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1000000000000000},message:"must be >= -1000000000000000",schema:-1000000000000000,parentSchema:schema118,data:data48};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
else {
const err140 = {instancePath:instancePath+"/effects/" + i5+"/planned",schemaPath:"common.schema.json#/$defs/amount/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema118.type,parentSchema:schema118,data:data48};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
if(data45.actual !== undefined){
let data49 = data45.actual;
if((typeof data49 == "number") && (isFinite(data49))){
if(data49 > 1000000000000000 || isNaN(data49)){
const err141 = {instancePath:instancePath+"/effects/" + i5+"/actual",schemaPath:"common.schema.json#/$defs/amount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000000},message:"must be <= 1000000000000000",schema:1000000000000000,parentSchema:schema118,data:data49};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
if(data49 < -1000000000000000 || isNaN(data49)){
const err142 = {instancePath:instancePath+"/effects/" + i5+"/actual",schemaPath:"common.schema.json#/$defs/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1000000000000000},message:"must be >= -1000000000000000",schema:-1000000000000000,parentSchema:schema118,data:data49};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
else {
const err143 = {instancePath:instancePath+"/effects/" + i5+"/actual",schemaPath:"common.schema.json#/$defs/amount/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema118.type,parentSchema:schema118,data:data49};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
if(data45.difference !== undefined){
let data50 = data45.difference;
if((typeof data50 == "number") && (isFinite(data50))){
if(data50 > 1000000000000000 || isNaN(data50)){
const err144 = {instancePath:instancePath+"/effects/" + i5+"/difference",schemaPath:"common.schema.json#/$defs/amount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000000},message:"must be <= 1000000000000000",schema:1000000000000000,parentSchema:schema118,data:data50};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
if(data50 < -1000000000000000 || isNaN(data50)){
const err145 = {instancePath:instancePath+"/effects/" + i5+"/difference",schemaPath:"common.schema.json#/$defs/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1000000000000000},message:"must be >= -1000000000000000",schema:-1000000000000000,parentSchema:schema118,data:data50};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
else {
const err146 = {instancePath:instancePath+"/effects/" + i5+"/difference",schemaPath:"common.schema.json#/$defs/amount/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema118.type,parentSchema:schema118,data:data50};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
if(data45.memo !== undefined){
let data51 = data45.memo;
if(typeof data51 !== "boolean"){
const err147 = {instancePath:instancePath+"/effects/" + i5+"/memo",schemaPath:"#/properties/effects/items/properties/memo/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema90.properties.effects.items.properties.memo.type,parentSchema:schema90.properties.effects.items.properties.memo,data:data51};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
if(data45.recurring !== undefined){
let data52 = data45.recurring;
if(typeof data52 !== "boolean"){
const err148 = {instancePath:instancePath+"/effects/" + i5+"/recurring",schemaPath:"#/properties/effects/items/properties/recurring/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema90.properties.effects.items.properties.recurring.type,parentSchema:schema90.properties.effects.items.properties.recurring,data:data52};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
if(data45.wording !== undefined){
let data53 = data45.wording;
if(typeof data53 === "string"){
if(func2(data53) > 500){
const err149 = {instancePath:instancePath+"/effects/" + i5+"/wording",schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data53};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
if(func2(data53) < 1){
const err150 = {instancePath:instancePath+"/effects/" + i5+"/wording",schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data53};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
if(!pattern4.test(data53)){
const err151 = {instancePath:instancePath+"/effects/" + i5+"/wording",schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data53};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
else {
const err152 = {instancePath:instancePath+"/effects/" + i5+"/wording",schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data53};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
if(data45.figureNotes !== undefined){
let data54 = data45.figureNotes;
if(data54 && typeof data54 == "object" && !Array.isArray(data54)){
if(Object.keys(data54).length < 1){
const err153 = {instancePath:instancePath+"/effects/" + i5+"/figureNotes",schemaPath:"#/properties/effects/items/properties/figureNotes/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema90.properties.effects.items.properties.figureNotes,data:data54};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
for(const key18 in data54){
const _errs154 = errors;
if(typeof key18 === "string"){
if(!pattern95.test(key18)){
const err154 = {instancePath:instancePath+"/effects/" + i5+"/figureNotes",schemaPath:"#/properties/effects/items/properties/figureNotes/propertyNames/pattern",keyword:"pattern",params:{pattern: "^(planned|actual|difference|years\\.(18[6-9][0-9]|19[0-9][0-9]|2[01][0-9][0-9]|2200)\\.(planned|actual)|byYear\\.(18[6-9][0-9]|19[0-9][0-9]|2[01][0-9][0-9]|2200))$"},message:"must match pattern \""+"^(planned|actual|difference|years\\.(18[6-9][0-9]|19[0-9][0-9]|2[01][0-9][0-9]|2200)\\.(planned|actual)|byYear\\.(18[6-9][0-9]|19[0-9][0-9]|2[01][0-9][0-9]|2200))$"+"\"",schema:"^(planned|actual|difference|years\\.(18[6-9][0-9]|19[0-9][0-9]|2[01][0-9][0-9]|2200)\\.(planned|actual)|byYear\\.(18[6-9][0-9]|19[0-9][0-9]|2[01][0-9][0-9]|2200))$",parentSchema:schema90.properties.effects.items.properties.figureNotes.propertyNames,data:key18,propertyName:key18};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
var valid58 = _errs154 === errors;
if(!valid58){
const err155 = {instancePath:instancePath+"/effects/" + i5+"/figureNotes",schemaPath:"#/properties/effects/items/properties/figureNotes/propertyNames",keyword:"propertyNames",params:{propertyName: key18},message:"property name must be valid",schema:schema90.properties.effects.items.properties.figureNotes.propertyNames,parentSchema:schema90.properties.effects.items.properties.figureNotes,data:data54};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
for(const key19 in data54){
let data55 = data54[key19];
if(typeof data55 === "string"){
if(func2(data55) > 500){
const err156 = {instancePath:instancePath+"/effects/" + i5+"/figureNotes/" + key19.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data55};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
if(func2(data55) < 1){
const err157 = {instancePath:instancePath+"/effects/" + i5+"/figureNotes/" + key19.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data55};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
if(!pattern4.test(data55)){
const err158 = {instancePath:instancePath+"/effects/" + i5+"/figureNotes/" + key19.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data55};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
else {
const err159 = {instancePath:instancePath+"/effects/" + i5+"/figureNotes/" + key19.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data55};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
}
else {
const err160 = {instancePath:instancePath+"/effects/" + i5+"/figureNotes",schemaPath:"#/properties/effects/items/properties/figureNotes/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema90.properties.effects.items.properties.figureNotes.type,parentSchema:schema90.properties.effects.items.properties.figureNotes,data:data54};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
if(data45.years !== undefined){
let data56 = data45.years;
if(data56 && typeof data56 == "object" && !Array.isArray(data56)){
for(const key20 in data56){
const _errs161 = errors;
if(typeof key20 === "string"){
if(!pattern78.test(key20)){
const err161 = {instancePath:instancePath+"/effects/" + i5+"/years",schemaPath:"#/properties/effects/items/properties/years/propertyNames/pattern",keyword:"pattern",params:{pattern: "^(18[6-9][0-9]|19[0-9][0-9]|2[01][0-9][0-9]|2200)$"},message:"must match pattern \""+"^(18[6-9][0-9]|19[0-9][0-9]|2[01][0-9][0-9]|2200)$"+"\"",schema:"^(18[6-9][0-9]|19[0-9][0-9]|2[01][0-9][0-9]|2200)$",parentSchema:schema90.properties.effects.items.properties.years.propertyNames,data:key20,propertyName:key20};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
var valid61 = _errs161 === errors;
if(!valid61){
const err162 = {instancePath:instancePath+"/effects/" + i5+"/years",schemaPath:"#/properties/effects/items/properties/years/propertyNames",keyword:"propertyNames",params:{propertyName: key20},message:"property name must be valid",schema:schema90.properties.effects.items.properties.years.propertyNames,parentSchema:schema90.properties.effects.items.properties.years,data:data56};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
for(const key21 in data56){
let data57 = data56[key21];
if(data57 && typeof data57 == "object" && !Array.isArray(data57)){
if(Object.keys(data57).length < 1){
const err163 = {instancePath:instancePath+"/effects/" + i5+"/years/" + key21.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/effects/items/properties/years/additionalProperties/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema90.properties.effects.items.properties.years.additionalProperties,data:data57};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
for(const key22 in data57){
if(!((key22 === "planned") || (key22 === "actual"))){
const err164 = {instancePath:instancePath+"/effects/" + i5+"/years/" + key21.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/effects/items/properties/years/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties",schema:false,parentSchema:schema90.properties.effects.items.properties.years.additionalProperties,data:data57};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
if(data57.planned !== undefined){
let data58 = data57.planned;
if((typeof data58 == "number") && (isFinite(data58))){
if(data58 > 1000000000000000 || isNaN(data58)){
const err165 = {instancePath:instancePath+"/effects/" + i5+"/years/" + key21.replace(/~/g, "~0").replace(/\//g, "~1")+"/planned",schemaPath:"common.schema.json#/$defs/amount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000000},message:"must be <= 1000000000000000",schema:1000000000000000,parentSchema:schema118,data:data58};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
if(data58 < -1000000000000000 || isNaN(data58)){
const err166 = {instancePath:instancePath+"/effects/" + i5+"/years/" + key21.replace(/~/g, "~0").replace(/\//g, "~1")+"/planned",schemaPath:"common.schema.json#/$defs/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1000000000000000},message:"must be >= -1000000000000000",schema:-1000000000000000,parentSchema:schema118,data:data58};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
else {
const err167 = {instancePath:instancePath+"/effects/" + i5+"/years/" + key21.replace(/~/g, "~0").replace(/\//g, "~1")+"/planned",schemaPath:"common.schema.json#/$defs/amount/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema118.type,parentSchema:schema118,data:data58};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
if(data57.actual !== undefined){
let data59 = data57.actual;
if((typeof data59 == "number") && (isFinite(data59))){
if(data59 > 1000000000000000 || isNaN(data59)){
const err168 = {instancePath:instancePath+"/effects/" + i5+"/years/" + key21.replace(/~/g, "~0").replace(/\//g, "~1")+"/actual",schemaPath:"common.schema.json#/$defs/amount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000000},message:"must be <= 1000000000000000",schema:1000000000000000,parentSchema:schema118,data:data59};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
if(data59 < -1000000000000000 || isNaN(data59)){
const err169 = {instancePath:instancePath+"/effects/" + i5+"/years/" + key21.replace(/~/g, "~0").replace(/\//g, "~1")+"/actual",schemaPath:"common.schema.json#/$defs/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1000000000000000},message:"must be >= -1000000000000000",schema:-1000000000000000,parentSchema:schema118,data:data59};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
else {
const err170 = {instancePath:instancePath+"/effects/" + i5+"/years/" + key21.replace(/~/g, "~0").replace(/\//g, "~1")+"/actual",schemaPath:"common.schema.json#/$defs/amount/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema118.type,parentSchema:schema118,data:data59};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
}
else {
const err171 = {instancePath:instancePath+"/effects/" + i5+"/years/" + key21.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/effects/items/properties/years/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema90.properties.effects.items.properties.years.additionalProperties.type,parentSchema:schema90.properties.effects.items.properties.years.additionalProperties,data:data57};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
}
else {
const err172 = {instancePath:instancePath+"/effects/" + i5+"/years",schemaPath:"#/properties/effects/items/properties/years/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema90.properties.effects.items.properties.years.type,parentSchema:schema90.properties.effects.items.properties.years,data:data56};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
if(data45.byYear !== undefined){
let data60 = data45.byYear;
if(data60 && typeof data60 == "object" && !Array.isArray(data60)){
for(const key23 in data60){
const _errs174 = errors;
if(typeof key23 === "string"){
if(!pattern78.test(key23)){
const err173 = {instancePath:instancePath+"/effects/" + i5+"/byYear",schemaPath:"#/properties/effects/items/properties/byYear/propertyNames/pattern",keyword:"pattern",params:{pattern: "^(18[6-9][0-9]|19[0-9][0-9]|2[01][0-9][0-9]|2200)$"},message:"must match pattern \""+"^(18[6-9][0-9]|19[0-9][0-9]|2[01][0-9][0-9]|2200)$"+"\"",schema:"^(18[6-9][0-9]|19[0-9][0-9]|2[01][0-9][0-9]|2200)$",parentSchema:schema90.properties.effects.items.properties.byYear.propertyNames,data:key23,propertyName:key23};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
}
var valid66 = _errs174 === errors;
if(!valid66){
const err174 = {instancePath:instancePath+"/effects/" + i5+"/byYear",schemaPath:"#/properties/effects/items/properties/byYear/propertyNames",keyword:"propertyNames",params:{propertyName: key23},message:"property name must be valid",schema:schema90.properties.effects.items.properties.byYear.propertyNames,parentSchema:schema90.properties.effects.items.properties.byYear,data:data60};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
}
for(const key24 in data60){
let data61 = data60[key24];
if((typeof data61 == "number") && (isFinite(data61))){
if(data61 > 1000000000000000 || isNaN(data61)){
const err175 = {instancePath:instancePath+"/effects/" + i5+"/byYear/" + key24.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/amount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000000},message:"must be <= 1000000000000000",schema:1000000000000000,parentSchema:schema118,data:data61};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
if(data61 < -1000000000000000 || isNaN(data61)){
const err176 = {instancePath:instancePath+"/effects/" + i5+"/byYear/" + key24.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1000000000000000},message:"must be >= -1000000000000000",schema:-1000000000000000,parentSchema:schema118,data:data61};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
}
else {
const err177 = {instancePath:instancePath+"/effects/" + i5+"/byYear/" + key24.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/amount/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema118.type,parentSchema:schema118,data:data61};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
}
else {
const err178 = {instancePath:instancePath+"/effects/" + i5+"/byYear",schemaPath:"#/properties/effects/items/properties/byYear/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema90.properties.effects.items.properties.byYear.type,parentSchema:schema90.properties.effects.items.properties.byYear,data:data60};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
}
else {
const err179 = {instancePath:instancePath+"/effects/" + i5,schemaPath:"#/properties/effects/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema90.properties.effects.items.type,parentSchema:schema90.properties.effects.items,data:data45};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
}
}
else {
const err180 = {instancePath:instancePath+"/effects",schemaPath:"#/properties/effects/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema90.properties.effects.type,parentSchema:schema90.properties.effects,data:data44};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
}
if(data.projects !== undefined){
let data62 = data.projects;
if(Array.isArray(data62)){
if(data62.length > 50){
const err181 = {instancePath:instancePath+"/projects",schemaPath:"#/properties/projects/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items",schema:50,parentSchema:schema90.properties.projects,data:data62};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
if(data62.length < 1){
const err182 = {instancePath:instancePath+"/projects",schemaPath:"#/properties/projects/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema90.properties.projects,data:data62};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
const len6 = data62.length;
for(let i6=0; i6<len6; i6++){
let data63 = data62[i6];
if(data63 && typeof data63 == "object" && !Array.isArray(data63)){
if(data63.name === undefined){
const err183 = {instancePath:instancePath+"/projects/" + i6,schemaPath:"#/properties/projects/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema90.properties.projects.items.required,parentSchema:schema90.properties.projects.items,data:data63};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
for(const key25 in data63){
if(!(((key25 === "name") || (key25 === "summary")) || (key25 === "budgets"))){
const err184 = {instancePath:instancePath+"/projects/" + i6,schemaPath:"#/properties/projects/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key25},message:"must NOT have additional properties",schema:false,parentSchema:schema90.properties.projects.items,data:data63};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
}
if(data63.name !== undefined){
let data64 = data63.name;
if(typeof data64 === "string"){
if(func2(data64) > 500){
const err185 = {instancePath:instancePath+"/projects/" + i6+"/name",schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data64};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
if(func2(data64) < 1){
const err186 = {instancePath:instancePath+"/projects/" + i6+"/name",schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data64};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
if(!pattern4.test(data64)){
const err187 = {instancePath:instancePath+"/projects/" + i6+"/name",schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data64};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
}
else {
const err188 = {instancePath:instancePath+"/projects/" + i6+"/name",schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data64};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
}
if(data63.summary !== undefined){
let data65 = data63.summary;
if(typeof data65 === "string"){
if(func2(data65) > 20000){
const err189 = {instancePath:instancePath+"/projects/" + i6+"/summary",schemaPath:"common.schema.json#/$defs/richText/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters",schema:20000,parentSchema:schema107,data:data65};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
if(func2(data65) < 1){
const err190 = {instancePath:instancePath+"/projects/" + i6+"/summary",schemaPath:"common.schema.json#/$defs/richText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema107,data:data65};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
}
else {
const err191 = {instancePath:instancePath+"/projects/" + i6+"/summary",schemaPath:"common.schema.json#/$defs/richText/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema107.type,parentSchema:schema107,data:data65};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
}
if(data63.budgets !== undefined){
let data66 = data63.budgets;
if(data66 && typeof data66 == "object" && !Array.isArray(data66)){
for(const key26 in data66){
const _errs192 = errors;
if(typeof key26 === "string"){
if(!pattern78.test(key26)){
const err192 = {instancePath:instancePath+"/projects/" + i6+"/budgets",schemaPath:"#/properties/projects/items/properties/budgets/propertyNames/pattern",keyword:"pattern",params:{pattern: "^(18[6-9][0-9]|19[0-9][0-9]|2[01][0-9][0-9]|2200)$"},message:"must match pattern \""+"^(18[6-9][0-9]|19[0-9][0-9]|2[01][0-9][0-9]|2200)$"+"\"",schema:"^(18[6-9][0-9]|19[0-9][0-9]|2[01][0-9][0-9]|2200)$",parentSchema:schema90.properties.projects.items.properties.budgets.propertyNames,data:key26,propertyName:key26};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
}
var valid74 = _errs192 === errors;
if(!valid74){
const err193 = {instancePath:instancePath+"/projects/" + i6+"/budgets",schemaPath:"#/properties/projects/items/properties/budgets/propertyNames",keyword:"propertyNames",params:{propertyName: key26},message:"property name must be valid",schema:schema90.properties.projects.items.properties.budgets.propertyNames,parentSchema:schema90.properties.projects.items.properties.budgets,data:data66};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
}
for(const key27 in data66){
let data67 = data66[key27];
if((typeof data67 == "number") && (isFinite(data67))){
if(data67 > 1000000000000000 || isNaN(data67)){
const err194 = {instancePath:instancePath+"/projects/" + i6+"/budgets/" + key27.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/amount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000000},message:"must be <= 1000000000000000",schema:1000000000000000,parentSchema:schema118,data:data67};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
if(data67 < -1000000000000000 || isNaN(data67)){
const err195 = {instancePath:instancePath+"/projects/" + i6+"/budgets/" + key27.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1000000000000000},message:"must be >= -1000000000000000",schema:-1000000000000000,parentSchema:schema118,data:data67};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
}
else {
const err196 = {instancePath:instancePath+"/projects/" + i6+"/budgets/" + key27.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/amount/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema118.type,parentSchema:schema118,data:data67};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
}
}
else {
const err197 = {instancePath:instancePath+"/projects/" + i6+"/budgets",schemaPath:"#/properties/projects/items/properties/budgets/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema90.properties.projects.items.properties.budgets.type,parentSchema:schema90.properties.projects.items.properties.budgets,data:data66};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
}
}
else {
const err198 = {instancePath:instancePath+"/projects/" + i6,schemaPath:"#/properties/projects/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema90.properties.projects.items.type,parentSchema:schema90.properties.projects.items,data:data63};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
}
}
else {
const err199 = {instancePath:instancePath+"/projects",schemaPath:"#/properties/projects/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema90.properties.projects.type,parentSchema:schema90.properties.projects,data:data62};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
}
if(data.ratings !== undefined){
let data68 = data.ratings;
if(data68 && typeof data68 == "object" && !Array.isArray(data68)){
for(const key28 in data68){
const _errs199 = errors;
if(typeof key28 === "string"){
if(!pattern101.test(key28)){
const err200 = {instancePath:instancePath+"/ratings",schemaPath:"#/properties/ratings/propertyNames/pattern",keyword:"pattern",params:{pattern: "^(18[6-9][0-9]|19[0-9][0-9]|2[01][0-9][0-9]|2200)(H[12]|Q[1-4])?$"},message:"must match pattern \""+"^(18[6-9][0-9]|19[0-9][0-9]|2[01][0-9][0-9]|2200)(H[12]|Q[1-4])?$"+"\"",schema:"^(18[6-9][0-9]|19[0-9][0-9]|2[01][0-9][0-9]|2200)(H[12]|Q[1-4])?$",parentSchema:schema90.properties.ratings.propertyNames,data:key28,propertyName:key28};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
}
var valid77 = _errs199 === errors;
if(!valid77){
const err201 = {instancePath:instancePath+"/ratings",schemaPath:"#/properties/ratings/propertyNames",keyword:"propertyNames",params:{propertyName: key28},message:"property name must be valid",schema:schema90.properties.ratings.propertyNames,parentSchema:schema90.properties.ratings,data:data68};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
}
for(const key29 in data68){
let data69 = data68[key29];
if(data69 && typeof data69 == "object" && !Array.isArray(data69)){
if(Object.keys(data69).length < 1){
const err202 = {instancePath:instancePath+"/ratings/" + key29.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/ratings/additionalProperties/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema90.properties.ratings.additionalProperties,data:data69};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
for(const key30 in data69){
const _errs203 = errors;
if(typeof key30 === "string"){
if(!pattern14.test(key30)){
const err203 = {instancePath:instancePath+"/ratings/" + key29.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/ratings/additionalProperties/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,40}$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{1,40}$"+"\"",schema:"^[A-Za-z0-9_-]{1,40}$",parentSchema:schema90.properties.ratings.additionalProperties.propertyNames,data:key30,propertyName:key30};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
}
var valid79 = _errs203 === errors;
if(!valid79){
const err204 = {instancePath:instancePath+"/ratings/" + key29.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/ratings/additionalProperties/propertyNames",keyword:"propertyNames",params:{propertyName: key30},message:"property name must be valid",schema:schema90.properties.ratings.additionalProperties.propertyNames,parentSchema:schema90.properties.ratings.additionalProperties,data:data69};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
}
for(const key31 in data69){
let data70 = data69[key31];
if(typeof data70 === "string"){
if(!pattern24.test(data70)){
const err205 = {instancePath:instancePath+"/ratings/" + key29.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + key31.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/ratings/additionalProperties/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^[^\\s]{1,10}$"},message:"must match pattern \""+"^[^\\s]{1,10}$"+"\"",schema:"^[^\\s]{1,10}$",parentSchema:schema90.properties.ratings.additionalProperties.additionalProperties,data:data70};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
}
else {
const err206 = {instancePath:instancePath+"/ratings/" + key29.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + key31.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/ratings/additionalProperties/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema90.properties.ratings.additionalProperties.additionalProperties.type,parentSchema:schema90.properties.ratings.additionalProperties.additionalProperties,data:data70};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
}
}
else {
const err207 = {instancePath:instancePath+"/ratings/" + key29.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/ratings/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema90.properties.ratings.additionalProperties.type,parentSchema:schema90.properties.ratings.additionalProperties,data:data69};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
}
}
else {
const err208 = {instancePath:instancePath+"/ratings",schemaPath:"#/properties/ratings/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema90.properties.ratings.type,parentSchema:schema90.properties.ratings,data:data68};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
}
if(data.footnotes !== undefined){
let data71 = data.footnotes;
if(Array.isArray(data71)){
if(data71.length > 10){
const err209 = {instancePath:instancePath+"/footnotes",schemaPath:"#/properties/footnotes/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items",schema:10,parentSchema:schema90.properties.footnotes,data:data71};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
const len7 = data71.length;
for(let i7=0; i7<len7; i7++){
let data72 = data71[i7];
if(typeof data72 === "string"){
if(func2(data72) > 500){
const err210 = {instancePath:instancePath+"/footnotes/" + i7,schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data72};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
if(func2(data72) < 1){
const err211 = {instancePath:instancePath+"/footnotes/" + i7,schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data72};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
if(!pattern4.test(data72)){
const err212 = {instancePath:instancePath+"/footnotes/" + i7,schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data72};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
}
else {
const err213 = {instancePath:instancePath+"/footnotes/" + i7,schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data72};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
}
}
else {
const err214 = {instancePath:instancePath+"/footnotes",schemaPath:"#/properties/footnotes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema90.properties.footnotes.type,parentSchema:schema90.properties.footnotes,data:data71};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
}
}
else {
const err215 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema90.type,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

