// @ts-nocheck
/* Generated from schema/*.schema.json by scripts/gen-validators.mjs (ajv standalone code).
 * Do not edit: change the schema and run `npm run gen:types`. */
import runtime_ucs2length_module from 'ajv/dist/runtime/ucs2length.js';
const runtime_ucs2length = { default: runtime_ucs2length_module.default ?? runtime_ucs2length_module };

export const manifest = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://reform.local/schema/manifest.schema.json","title":"報告書の設定（report.yaml）","description":"報告書全体の設定: 表題、計画期間、公表する版、章（区分）、今後の取組方向の区分、部・課の一覧。","type":"object","additionalProperties":false,"required":["title","organisation","planPeriod","edition","progressTable","verificationTable","sections","directions","departments"],"properties":{"title":{"$ref":"common.schema.json#/$defs/singleLine","title":"報告書名","description":"報告書全体の名前。HTML・PDF の表題になります。"},"organisation":{"$ref":"common.schema.json#/$defs/singleLine","title":"作成者","description":"報告書を公表する団体名。PDF の作成者になります。"},"planPeriod":{"title":"計画期間","description":"工程表の年度の列。西暦の年度で、最初と最後を書く。","type":"object","additionalProperties":false,"required":["from","to"],"properties":{"from":{"$ref":"common.schema.json#/$defs/fiscalYear","title":"計画期間の最初の年度","description":"例: 2016（平成28年度）"},"to":{"$ref":"common.schema.json#/$defs/fiscalYear","title":"計画期間の最後の年度","description":"例: 2019（令和元年度）"}}},"edition":{"title":"公表する版","description":"今回公表する年度と期間（上半期 4月～9月 または 年間 4月～3月）。","type":"object","additionalProperties":false,"required":["fiscalYear","period"],"properties":{"fiscalYear":{"$ref":"common.schema.json#/$defs/fiscalYear","title":"公表する年度","description":"年次計画と実績を印刷する年度。"},"period":{"title":"公表する期間","description":"firstHalf（上半期 4月～9月）または fullYear（年間 4月～3月）。","enum":["firstHalf","fullYear"]}}},"progressTable":{"title":"別表1の設定","description":"進捗状況の表（別表1）の名前と表題。","type":"object","additionalProperties":false,"required":["label","title"],"properties":{"label":{"$ref":"common.schema.json#/$defs/singleLine","title":"表の番号","description":"例: 別表1"},"title":{"$ref":"common.schema.json#/$defs/singleLine","title":"表題","description":"表の上に印刷する題名。"}}},"verificationTable":{"title":"別表2の設定","description":"検証の表（別表2）の名前、表題、区分の説明の前置き。","type":"object","additionalProperties":false,"required":["label","title","legendIntro"],"properties":{"label":{"$ref":"common.schema.json#/$defs/singleLine","title":"表の番号","description":"例: 別表2"},"title":{"$ref":"common.schema.json#/$defs/singleLine","title":"表題","description":"例: 現行の「三重県行財政改革取組」の検証"},"legendIntro":{"$ref":"common.schema.json#/$defs/singleLine","title":"区分の説明の前置き","description":"例: ・今後の取組方向は、次のとおり区分しています。"}}},"sections":{"title":"章","description":"取組を分ける章（Ⅰ、Ⅱ、Ⅲ…）。この順に印刷します。","type":"array","minItems":1,"maxItems":50,"items":{"title":"章","type":"object","additionalProperties":false,"required":["id","mark","title"],"properties":{"id":{"title":"章の記号","description":"取組ファイルの section に書く記号（半角英数字）。例: I, II, III","type":"string","pattern":"^[A-Za-z0-9_-]{1,20}$"},"mark":{"$ref":"common.schema.json#/$defs/singleLine","title":"章の番号","description":"印刷する章番号。例: Ⅰ"},"title":{"$ref":"common.schema.json#/$defs/singleLine","title":"章の題名","description":"例: 協創・現場重視の推進に向けて"}}}},"directions":{"title":"今後の取組方向の区分","description":"別表2の「区分」に使える記号と、その説明（凡例）。","type":"array","minItems":1,"maxItems":26,"items":{"title":"区分","type":"object","additionalProperties":false,"required":["code","label","description"],"properties":{"code":{"title":"区分の記号","description":"例: A","type":"string","pattern":"^[A-Z]$"},"label":{"$ref":"common.schema.json#/$defs/singleLine","title":"区分の名前","description":"例: 現在の取組を基本的に継続するもの"},"description":{"$ref":"common.schema.json#/$defs/singleLine","title":"区分の説明","description":"凡例に印刷する説明文。"}}}},"departments":{"title":"部・課の一覧","description":"担当課として書ける部と課。","type":"array","minItems":1,"items":{"title":"部","type":"object","additionalProperties":false,"required":["name","divisions"],"properties":{"name":{"title":"部の名前","description":"例: 総務部","type":"string","pattern":"^[^/\\s]+$","maxLength":100},"divisions":{"title":"課の一覧","description":"この部の課。例: 人事課","type":"array","minItems":1,"items":{"title":"課の名前","type":"string","pattern":"^[^/\\s]+$","maxLength":100}}}}}}};
const schema33 = {"type":"string","minLength":1,"maxLength":500,"pattern":"^[^\\n\\r]*$"};
const schema35 = {"title":"年度","description":"西暦の年度（4月始まり）。例: 2019 は令和元年度。","type":"integer","minimum":1868,"maximum":2200};
const func1 = Object.prototype.hasOwnProperty;
const func2 = runtime_ucs2length.default;
const pattern4 = new RegExp("^[^\\n\\r]*$", "u");
const pattern11 = new RegExp("^[A-Za-z0-9_-]{1,20}$", "u");
const pattern14 = new RegExp("^[A-Z]$", "u");
const pattern17 = new RegExp("^[^/\\s]+$", "u");

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
if(data.progressTable === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "progressTable"},message:"must have required property '"+"progressTable"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.verificationTable === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "verificationTable"},message:"must have required property '"+"verificationTable"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.sections === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sections"},message:"must have required property '"+"sections"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.directions === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "directions"},message:"must have required property '"+"directions"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.departments === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "departments"},message:"must have required property '"+"departments"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema31.properties, key0))){
const err9 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.title !== undefined){
let data0 = data.title;
if(typeof data0 === "string"){
if(func2(data0) > 500){
const err10 = {instancePath:instancePath+"/title",schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func2(data0) < 1){
const err11 = {instancePath:instancePath+"/title",schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!pattern4.test(data0)){
const err12 = {instancePath:instancePath+"/title",schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data0};
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
const err13 = {instancePath:instancePath+"/title",schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.organisation !== undefined){
let data1 = data.organisation;
if(typeof data1 === "string"){
if(func2(data1) > 500){
const err14 = {instancePath:instancePath+"/organisation",schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(func2(data1) < 1){
const err15 = {instancePath:instancePath+"/organisation",schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!pattern4.test(data1)){
const err16 = {instancePath:instancePath+"/organisation",schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data1};
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
const err17 = {instancePath:instancePath+"/organisation",schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.planPeriod !== undefined){
let data2 = data.planPeriod;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.from === undefined){
const err18 = {instancePath:instancePath+"/planPeriod",schemaPath:"#/properties/planPeriod/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema31.properties.planPeriod.required,parentSchema:schema31.properties.planPeriod,data:data2};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data2.to === undefined){
const err19 = {instancePath:instancePath+"/planPeriod",schemaPath:"#/properties/planPeriod/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'",schema:schema31.properties.planPeriod.required,parentSchema:schema31.properties.planPeriod,data:data2};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
for(const key1 in data2){
if(!((key1 === "from") || (key1 === "to"))){
const err20 = {instancePath:instancePath+"/planPeriod",schemaPath:"#/properties/planPeriod/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.planPeriod,data:data2};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data2.from !== undefined){
let data3 = data2.from;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err21 = {instancePath:instancePath+"/planPeriod/from",schemaPath:"common.schema.json#/$defs/fiscalYear/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema35.type,parentSchema:schema35,data:data3};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 2200 || isNaN(data3)){
const err22 = {instancePath:instancePath+"/planPeriod/from",schemaPath:"common.schema.json#/$defs/fiscalYear/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2200},message:"must be <= 2200",schema:2200,parentSchema:schema35,data:data3};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data3 < 1868 || isNaN(data3)){
const err23 = {instancePath:instancePath+"/planPeriod/from",schemaPath:"common.schema.json#/$defs/fiscalYear/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1868},message:"must be >= 1868",schema:1868,parentSchema:schema35,data:data3};
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
if(data2.to !== undefined){
let data4 = data2.to;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err24 = {instancePath:instancePath+"/planPeriod/to",schemaPath:"common.schema.json#/$defs/fiscalYear/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema35.type,parentSchema:schema35,data:data4};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 2200 || isNaN(data4)){
const err25 = {instancePath:instancePath+"/planPeriod/to",schemaPath:"common.schema.json#/$defs/fiscalYear/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2200},message:"must be <= 2200",schema:2200,parentSchema:schema35,data:data4};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data4 < 1868 || isNaN(data4)){
const err26 = {instancePath:instancePath+"/planPeriod/to",schemaPath:"common.schema.json#/$defs/fiscalYear/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1868},message:"must be >= 1868",schema:1868,parentSchema:schema35,data:data4};
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
}
else {
const err27 = {instancePath:instancePath+"/planPeriod",schemaPath:"#/properties/planPeriod/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.planPeriod.type,parentSchema:schema31.properties.planPeriod,data:data2};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.edition !== undefined){
let data5 = data.edition;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.fiscalYear === undefined){
const err28 = {instancePath:instancePath+"/edition",schemaPath:"#/properties/edition/required",keyword:"required",params:{missingProperty: "fiscalYear"},message:"must have required property '"+"fiscalYear"+"'",schema:schema31.properties.edition.required,parentSchema:schema31.properties.edition,data:data5};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data5.period === undefined){
const err29 = {instancePath:instancePath+"/edition",schemaPath:"#/properties/edition/required",keyword:"required",params:{missingProperty: "period"},message:"must have required property '"+"period"+"'",schema:schema31.properties.edition.required,parentSchema:schema31.properties.edition,data:data5};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
for(const key2 in data5){
if(!((key2 === "fiscalYear") || (key2 === "period"))){
const err30 = {instancePath:instancePath+"/edition",schemaPath:"#/properties/edition/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.edition,data:data5};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data5.fiscalYear !== undefined){
let data6 = data5.fiscalYear;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err31 = {instancePath:instancePath+"/edition/fiscalYear",schemaPath:"common.schema.json#/$defs/fiscalYear/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema35.type,parentSchema:schema35,data:data6};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 2200 || isNaN(data6)){
const err32 = {instancePath:instancePath+"/edition/fiscalYear",schemaPath:"common.schema.json#/$defs/fiscalYear/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2200},message:"must be <= 2200",schema:2200,parentSchema:schema35,data:data6};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data6 < 1868 || isNaN(data6)){
const err33 = {instancePath:instancePath+"/edition/fiscalYear",schemaPath:"common.schema.json#/$defs/fiscalYear/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1868},message:"must be >= 1868",schema:1868,parentSchema:schema35,data:data6};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
if(data5.period !== undefined){
let data7 = data5.period;
if(!((data7 === "firstHalf") || (data7 === "fullYear"))){
const err34 = {instancePath:instancePath+"/edition/period",schemaPath:"#/properties/edition/properties/period/enum",keyword:"enum",params:{allowedValues: schema31.properties.edition.properties.period.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.edition.properties.period.enum,parentSchema:schema31.properties.edition.properties.period,data:data7};
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
else {
const err35 = {instancePath:instancePath+"/edition",schemaPath:"#/properties/edition/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.edition.type,parentSchema:schema31.properties.edition,data:data5};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.progressTable !== undefined){
let data8 = data.progressTable;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.label === undefined){
const err36 = {instancePath:instancePath+"/progressTable",schemaPath:"#/properties/progressTable/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'",schema:schema31.properties.progressTable.required,parentSchema:schema31.properties.progressTable,data:data8};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data8.title === undefined){
const err37 = {instancePath:instancePath+"/progressTable",schemaPath:"#/properties/progressTable/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema31.properties.progressTable.required,parentSchema:schema31.properties.progressTable,data:data8};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
for(const key3 in data8){
if(!((key3 === "label") || (key3 === "title"))){
const err38 = {instancePath:instancePath+"/progressTable",schemaPath:"#/properties/progressTable/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.progressTable,data:data8};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data8.label !== undefined){
let data9 = data8.label;
if(typeof data9 === "string"){
if(func2(data9) > 500){
const err39 = {instancePath:instancePath+"/progressTable/label",schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data9};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(func2(data9) < 1){
const err40 = {instancePath:instancePath+"/progressTable/label",schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data9};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(!pattern4.test(data9)){
const err41 = {instancePath:instancePath+"/progressTable/label",schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data9};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/progressTable/label",schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data9};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data8.title !== undefined){
let data10 = data8.title;
if(typeof data10 === "string"){
if(func2(data10) > 500){
const err43 = {instancePath:instancePath+"/progressTable/title",schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data10};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(func2(data10) < 1){
const err44 = {instancePath:instancePath+"/progressTable/title",schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data10};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(!pattern4.test(data10)){
const err45 = {instancePath:instancePath+"/progressTable/title",schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data10};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/progressTable/title",schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data10};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath:instancePath+"/progressTable",schemaPath:"#/properties/progressTable/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.progressTable.type,parentSchema:schema31.properties.progressTable,data:data8};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.verificationTable !== undefined){
let data11 = data.verificationTable;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.label === undefined){
const err48 = {instancePath:instancePath+"/verificationTable",schemaPath:"#/properties/verificationTable/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'",schema:schema31.properties.verificationTable.required,parentSchema:schema31.properties.verificationTable,data:data11};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data11.title === undefined){
const err49 = {instancePath:instancePath+"/verificationTable",schemaPath:"#/properties/verificationTable/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema31.properties.verificationTable.required,parentSchema:schema31.properties.verificationTable,data:data11};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(data11.legendIntro === undefined){
const err50 = {instancePath:instancePath+"/verificationTable",schemaPath:"#/properties/verificationTable/required",keyword:"required",params:{missingProperty: "legendIntro"},message:"must have required property '"+"legendIntro"+"'",schema:schema31.properties.verificationTable.required,parentSchema:schema31.properties.verificationTable,data:data11};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
for(const key4 in data11){
if(!(((key4 === "label") || (key4 === "title")) || (key4 === "legendIntro"))){
const err51 = {instancePath:instancePath+"/verificationTable",schemaPath:"#/properties/verificationTable/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.verificationTable,data:data11};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data11.label !== undefined){
let data12 = data11.label;
if(typeof data12 === "string"){
if(func2(data12) > 500){
const err52 = {instancePath:instancePath+"/verificationTable/label",schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data12};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(func2(data12) < 1){
const err53 = {instancePath:instancePath+"/verificationTable/label",schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data12};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(!pattern4.test(data12)){
const err54 = {instancePath:instancePath+"/verificationTable/label",schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data12};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
else {
const err55 = {instancePath:instancePath+"/verificationTable/label",schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data12};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data11.title !== undefined){
let data13 = data11.title;
if(typeof data13 === "string"){
if(func2(data13) > 500){
const err56 = {instancePath:instancePath+"/verificationTable/title",schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data13};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(func2(data13) < 1){
const err57 = {instancePath:instancePath+"/verificationTable/title",schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data13};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(!pattern4.test(data13)){
const err58 = {instancePath:instancePath+"/verificationTable/title",schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data13};
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
const err59 = {instancePath:instancePath+"/verificationTable/title",schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data13};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data11.legendIntro !== undefined){
let data14 = data11.legendIntro;
if(typeof data14 === "string"){
if(func2(data14) > 500){
const err60 = {instancePath:instancePath+"/verificationTable/legendIntro",schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data14};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(func2(data14) < 1){
const err61 = {instancePath:instancePath+"/verificationTable/legendIntro",schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data14};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(!pattern4.test(data14)){
const err62 = {instancePath:instancePath+"/verificationTable/legendIntro",schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data14};
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
const err63 = {instancePath:instancePath+"/verificationTable/legendIntro",schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data14};
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
const err64 = {instancePath:instancePath+"/verificationTable",schemaPath:"#/properties/verificationTable/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.verificationTable.type,parentSchema:schema31.properties.verificationTable,data:data11};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data.sections !== undefined){
let data15 = data.sections;
if(Array.isArray(data15)){
if(data15.length > 50){
const err65 = {instancePath:instancePath+"/sections",schemaPath:"#/properties/sections/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items",schema:50,parentSchema:schema31.properties.sections,data:data15};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(data15.length < 1){
const err66 = {instancePath:instancePath+"/sections",schemaPath:"#/properties/sections/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.sections,data:data15};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
const len0 = data15.length;
for(let i0=0; i0<len0; i0++){
let data16 = data15[i0];
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.id === undefined){
const err67 = {instancePath:instancePath+"/sections/" + i0,schemaPath:"#/properties/sections/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema31.properties.sections.items.required,parentSchema:schema31.properties.sections.items,data:data16};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(data16.mark === undefined){
const err68 = {instancePath:instancePath+"/sections/" + i0,schemaPath:"#/properties/sections/items/required",keyword:"required",params:{missingProperty: "mark"},message:"must have required property '"+"mark"+"'",schema:schema31.properties.sections.items.required,parentSchema:schema31.properties.sections.items,data:data16};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(data16.title === undefined){
const err69 = {instancePath:instancePath+"/sections/" + i0,schemaPath:"#/properties/sections/items/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema31.properties.sections.items.required,parentSchema:schema31.properties.sections.items,data:data16};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
for(const key5 in data16){
if(!(((key5 === "id") || (key5 === "mark")) || (key5 === "title"))){
const err70 = {instancePath:instancePath+"/sections/" + i0,schemaPath:"#/properties/sections/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.sections.items,data:data16};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data16.id !== undefined){
let data17 = data16.id;
if(typeof data17 === "string"){
if(!pattern11.test(data17)){
const err71 = {instancePath:instancePath+"/sections/" + i0+"/id",schemaPath:"#/properties/sections/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,20}$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{1,20}$"+"\"",schema:"^[A-Za-z0-9_-]{1,20}$",parentSchema:schema31.properties.sections.items.properties.id,data:data17};
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
const err72 = {instancePath:instancePath+"/sections/" + i0+"/id",schemaPath:"#/properties/sections/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.sections.items.properties.id.type,parentSchema:schema31.properties.sections.items.properties.id,data:data17};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data16.mark !== undefined){
let data18 = data16.mark;
if(typeof data18 === "string"){
if(func2(data18) > 500){
const err73 = {instancePath:instancePath+"/sections/" + i0+"/mark",schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data18};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(func2(data18) < 1){
const err74 = {instancePath:instancePath+"/sections/" + i0+"/mark",schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data18};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(!pattern4.test(data18)){
const err75 = {instancePath:instancePath+"/sections/" + i0+"/mark",schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data18};
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
const err76 = {instancePath:instancePath+"/sections/" + i0+"/mark",schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data18};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data16.title !== undefined){
let data19 = data16.title;
if(typeof data19 === "string"){
if(func2(data19) > 500){
const err77 = {instancePath:instancePath+"/sections/" + i0+"/title",schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data19};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if(func2(data19) < 1){
const err78 = {instancePath:instancePath+"/sections/" + i0+"/title",schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data19};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if(!pattern4.test(data19)){
const err79 = {instancePath:instancePath+"/sections/" + i0+"/title",schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data19};
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
const err80 = {instancePath:instancePath+"/sections/" + i0+"/title",schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data19};
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
const err81 = {instancePath:instancePath+"/sections/" + i0,schemaPath:"#/properties/sections/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.sections.items.type,parentSchema:schema31.properties.sections.items,data:data16};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
}
else {
const err82 = {instancePath:instancePath+"/sections",schemaPath:"#/properties/sections/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.sections.type,parentSchema:schema31.properties.sections,data:data15};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data.directions !== undefined){
let data20 = data.directions;
if(Array.isArray(data20)){
if(data20.length > 26){
const err83 = {instancePath:instancePath+"/directions",schemaPath:"#/properties/directions/maxItems",keyword:"maxItems",params:{limit: 26},message:"must NOT have more than 26 items",schema:26,parentSchema:schema31.properties.directions,data:data20};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if(data20.length < 1){
const err84 = {instancePath:instancePath+"/directions",schemaPath:"#/properties/directions/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.directions,data:data20};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
const len1 = data20.length;
for(let i1=0; i1<len1; i1++){
let data21 = data20[i1];
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(data21.code === undefined){
const err85 = {instancePath:instancePath+"/directions/" + i1,schemaPath:"#/properties/directions/items/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'",schema:schema31.properties.directions.items.required,parentSchema:schema31.properties.directions.items,data:data21};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(data21.label === undefined){
const err86 = {instancePath:instancePath+"/directions/" + i1,schemaPath:"#/properties/directions/items/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'",schema:schema31.properties.directions.items.required,parentSchema:schema31.properties.directions.items,data:data21};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
if(data21.description === undefined){
const err87 = {instancePath:instancePath+"/directions/" + i1,schemaPath:"#/properties/directions/items/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'",schema:schema31.properties.directions.items.required,parentSchema:schema31.properties.directions.items,data:data21};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
for(const key6 in data21){
if(!(((key6 === "code") || (key6 === "label")) || (key6 === "description"))){
const err88 = {instancePath:instancePath+"/directions/" + i1,schemaPath:"#/properties/directions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.directions.items,data:data21};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data21.code !== undefined){
let data22 = data21.code;
if(typeof data22 === "string"){
if(!pattern14.test(data22)){
const err89 = {instancePath:instancePath+"/directions/" + i1+"/code",schemaPath:"#/properties/directions/items/properties/code/pattern",keyword:"pattern",params:{pattern: "^[A-Z]$"},message:"must match pattern \""+"^[A-Z]$"+"\"",schema:"^[A-Z]$",parentSchema:schema31.properties.directions.items.properties.code,data:data22};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
else {
const err90 = {instancePath:instancePath+"/directions/" + i1+"/code",schemaPath:"#/properties/directions/items/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.directions.items.properties.code.type,parentSchema:schema31.properties.directions.items.properties.code,data:data22};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data21.label !== undefined){
let data23 = data21.label;
if(typeof data23 === "string"){
if(func2(data23) > 500){
const err91 = {instancePath:instancePath+"/directions/" + i1+"/label",schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data23};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
if(func2(data23) < 1){
const err92 = {instancePath:instancePath+"/directions/" + i1+"/label",schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data23};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
if(!pattern4.test(data23)){
const err93 = {instancePath:instancePath+"/directions/" + i1+"/label",schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data23};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
else {
const err94 = {instancePath:instancePath+"/directions/" + i1+"/label",schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data23};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data21.description !== undefined){
let data24 = data21.description;
if(typeof data24 === "string"){
if(func2(data24) > 500){
const err95 = {instancePath:instancePath+"/directions/" + i1+"/description",schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data24};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
if(func2(data24) < 1){
const err96 = {instancePath:instancePath+"/directions/" + i1+"/description",schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data24};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
if(!pattern4.test(data24)){
const err97 = {instancePath:instancePath+"/directions/" + i1+"/description",schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data24};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
else {
const err98 = {instancePath:instancePath+"/directions/" + i1+"/description",schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data24};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
}
else {
const err99 = {instancePath:instancePath+"/directions/" + i1,schemaPath:"#/properties/directions/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.directions.items.type,parentSchema:schema31.properties.directions.items,data:data21};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
}
else {
const err100 = {instancePath:instancePath+"/directions",schemaPath:"#/properties/directions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.directions.type,parentSchema:schema31.properties.directions,data:data20};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data.departments !== undefined){
let data25 = data.departments;
if(Array.isArray(data25)){
if(data25.length < 1){
const err101 = {instancePath:instancePath+"/departments",schemaPath:"#/properties/departments/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.departments,data:data25};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
const len2 = data25.length;
for(let i2=0; i2<len2; i2++){
let data26 = data25[i2];
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
if(data26.name === undefined){
const err102 = {instancePath:instancePath+"/departments/" + i2,schemaPath:"#/properties/departments/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema31.properties.departments.items.required,parentSchema:schema31.properties.departments.items,data:data26};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
if(data26.divisions === undefined){
const err103 = {instancePath:instancePath+"/departments/" + i2,schemaPath:"#/properties/departments/items/required",keyword:"required",params:{missingProperty: "divisions"},message:"must have required property '"+"divisions"+"'",schema:schema31.properties.departments.items.required,parentSchema:schema31.properties.departments.items,data:data26};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
for(const key7 in data26){
if(!((key7 === "name") || (key7 === "divisions"))){
const err104 = {instancePath:instancePath+"/departments/" + i2,schemaPath:"#/properties/departments/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.departments.items,data:data26};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data26.name !== undefined){
let data27 = data26.name;
if(typeof data27 === "string"){
if(func2(data27) > 100){
const err105 = {instancePath:instancePath+"/departments/" + i2+"/name",schemaPath:"#/properties/departments/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema31.properties.departments.items.properties.name,data:data27};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
if(!pattern17.test(data27)){
const err106 = {instancePath:instancePath+"/departments/" + i2+"/name",schemaPath:"#/properties/departments/items/properties/name/pattern",keyword:"pattern",params:{pattern: "^[^/\\s]+$"},message:"must match pattern \""+"^[^/\\s]+$"+"\"",schema:"^[^/\\s]+$",parentSchema:schema31.properties.departments.items.properties.name,data:data27};
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
const err107 = {instancePath:instancePath+"/departments/" + i2+"/name",schemaPath:"#/properties/departments/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.departments.items.properties.name.type,parentSchema:schema31.properties.departments.items.properties.name,data:data27};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
if(data26.divisions !== undefined){
let data28 = data26.divisions;
if(Array.isArray(data28)){
if(data28.length < 1){
const err108 = {instancePath:instancePath+"/departments/" + i2+"/divisions",schemaPath:"#/properties/departments/items/properties/divisions/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.departments.items.properties.divisions,data:data28};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
const len3 = data28.length;
for(let i3=0; i3<len3; i3++){
let data29 = data28[i3];
if(typeof data29 === "string"){
if(func2(data29) > 100){
const err109 = {instancePath:instancePath+"/departments/" + i2+"/divisions/" + i3,schemaPath:"#/properties/departments/items/properties/divisions/items/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema31.properties.departments.items.properties.divisions.items,data:data29};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
if(!pattern17.test(data29)){
const err110 = {instancePath:instancePath+"/departments/" + i2+"/divisions/" + i3,schemaPath:"#/properties/departments/items/properties/divisions/items/pattern",keyword:"pattern",params:{pattern: "^[^/\\s]+$"},message:"must match pattern \""+"^[^/\\s]+$"+"\"",schema:"^[^/\\s]+$",parentSchema:schema31.properties.departments.items.properties.divisions.items,data:data29};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
else {
const err111 = {instancePath:instancePath+"/departments/" + i2+"/divisions/" + i3,schemaPath:"#/properties/departments/items/properties/divisions/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.departments.items.properties.divisions.items.type,parentSchema:schema31.properties.departments.items.properties.divisions.items,data:data29};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
}
else {
const err112 = {instancePath:instancePath+"/departments/" + i2+"/divisions",schemaPath:"#/properties/departments/items/properties/divisions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.departments.items.properties.divisions.type,parentSchema:schema31.properties.departments.items.properties.divisions,data:data28};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
}
else {
const err113 = {instancePath:instancePath+"/departments/" + i2,schemaPath:"#/properties/departments/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.departments.items.type,parentSchema:schema31.properties.departments.items,data:data26};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
}
else {
const err114 = {instancePath:instancePath+"/departments",schemaPath:"#/properties/departments/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.departments.type,parentSchema:schema31.properties.departments,data:data25};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
}
else {
const err115 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const initiative = validate22;
const schema47 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://reform.local/schema/initiative.schema.json","title":"取組（1ファイルに1つ）","description":"具体的取組ひとつ分: 別表1の行（取組項目と工程、年次計画、実績、担当課）と別表2の行（検証）。","type":"object","additionalProperties":false,"required":["number","section","title","items","division","plans","results","verification"],"properties":{"number":{"title":"番号","description":"報告書全体の通し番号（1から順に、重複や欠番なし）。","type":"integer","minimum":1,"maximum":100000},"section":{"title":"章","description":"この取組が属する章の記号（report.yaml の sections の id）。例: I","type":"string","pattern":"^[A-Za-z0-9_-]{1,20}$"},"title":{"$ref":"common.schema.json#/$defs/singleLine","title":"具体的取組","description":"取組の名前。①②の番号は章ごとに自動で付くので書かない。"},"achievedIn":{"$ref":"common.schema.json#/$defs/fiscalYear","title":"達成年度","description":"工程を達成済みの年度。年次計画の先頭に「(H28年度達成済)」のように印刷します。"},"division":{"$ref":"common.schema.json#/$defs/divisionRef","title":"担当課","description":"取組全体の担当課（部/課）。取組項目や検証の行で別の課を書けば、そちらが優先します。"},"items":{"title":"取組項目","description":"工程表の行。取組項目ごとに工程（年度ごとの段階）を書く。","type":"array","minItems":1,"maxItems":100,"items":{"$ref":"#/$defs/item"}},"plans":{"title":"年次計画","description":"年度ごとの年次計画。キーは西暦の年度（例: 2019）。","type":"object","propertyNames":{"pattern":"^(18[6-9][0-9]|19[0-9][0-9]|2[01][0-9][0-9]|2200)$"},"additionalProperties":{"$ref":"common.schema.json#/$defs/richText","title":"年次計画"}},"results":{"title":"実績","description":"年度ごとの実績。キーは西暦の年度、その下に上半期（firstHalf）と年間（fullYear）。","type":"object","propertyNames":{"pattern":"^(18[6-9][0-9]|19[0-9][0-9]|2[01][0-9][0-9]|2200)$"},"additionalProperties":{"title":"実績","type":"object","additionalProperties":false,"minProperties":1,"properties":{"firstHalf":{"$ref":"common.schema.json#/$defs/richText","title":"上半期実績","description":"4月～9月の実績。"},"fullYear":{"$ref":"common.schema.json#/$defs/richText","title":"年間実績","description":"4月～3月の実績。"}}}},"verification":{"title":"検証","description":"別表2の行。取組項目と1対1でなくてよい。","type":"array","minItems":1,"maxItems":100,"items":{"$ref":"#/$defs/verificationRow"}}},"$defs":{"item":{"title":"取組項目","type":"object","additionalProperties":false,"required":["label","schedule"],"properties":{"label":{"$ref":"common.schema.json#/$defs/singleLine","title":"取組項目","description":"工程表に印刷する取組項目の名前。"},"checkbox":{"title":"□印","description":"取組項目の前に□を付けるか。省略すると付ける。","type":"boolean","default":true},"heading":{"$ref":"common.schema.json#/$defs/singleLine","title":"見出し","description":"担当課の欄で使う短い名前。省略すると取組項目の名前。例: 組織体制・運営の検討"},"division":{"$ref":"common.schema.json#/$defs/divisionRef","title":"担当課","description":"この取組項目の担当課（部/課）。省略すると取組全体の担当課。"},"schedule":{"title":"工程","description":"工程の段（レーン）。ふつうは1段、同じ年度に並行する段階があれば2段以上。","type":"array","minItems":1,"maxItems":10,"items":{"$ref":"#/$defs/lane"}}}},"lane":{"title":"工程の段","type":"object","additionalProperties":false,"required":["phases"],"properties":{"phases":{"title":"段階","description":"この段の段階を年度順に。同じ段で年度が重なってはいけない。","type":"array","minItems":1,"maxItems":50,"items":{"$ref":"#/$defs/phase"}}}},"phase":{"title":"段階","type":"object","additionalProperties":false,"required":["label","from"],"properties":{"label":{"$ref":"common.schema.json#/$defs/singleLine","title":"段階の名前","description":"例: 実施、検討、随時実施"},"from":{"$ref":"common.schema.json#/$defs/fiscalYear","title":"開始年度","description":"この段階の最初の年度（西暦）。"},"to":{"$ref":"common.schema.json#/$defs/fiscalYear","title":"終了年度","description":"この段階の最後の年度（西暦）。省略すると開始年度と同じ。"},"arrow":{"title":"矢印","description":"「← 実施 →」のように矢印で描くか。省略すると、2年度以上にわたるときだけ矢印。","type":"boolean"},"then":{"$ref":"common.schema.json#/$defs/singleLine","title":"年度内の次の段階","description":"同じ年度の中で次の段階に移るとき。例: label: 検討, then: 順次実施 →「検討 → 順次実施」"}}},"verificationRow":{"title":"検証の行","type":"object","additionalProperties":false,"required":["item","content","outcome","direction"],"properties":{"item":{"$ref":"common.schema.json#/$defs/richText","title":"取組項目","description":"別表2に印刷する取組項目の名前。"},"content":{"$ref":"common.schema.json#/$defs/richText","title":"内容","description":"取組の内容。"},"outcome":{"$ref":"common.schema.json#/$defs/richText","title":"実績・効果","description":"これまでの実績と効果。"},"direction":{"title":"区分","description":"今後の取組方向の区分の記号（report.yaml の directions の code）。例: A","type":"string","pattern":"^[A-Z]$"},"reason":{"$ref":"common.schema.json#/$defs/richText","title":"区分の理由","description":"その区分にした理由。"},"reasonSharedWithAbove":{"title":"区分の理由（上の行と共通）","description":"true にすると、上の行の区分の理由をこの行と共有し、セルを結合して印刷する。このとき reason は書かない。","type":"boolean"},"division":{"$ref":"common.schema.json#/$defs/divisionRef","title":"担当課","description":"この行の担当課（部/課）。省略すると取組全体の担当課。"}}}}};
const schema50 = {"title":"担当課","description":"「部/課」の形で書く（例: 総務部/人事課）。マニフェストの departments に登録された部・課であること。","type":"string","pattern":"^[^/\\s]+/[^/\\s]+$"};
const schema61 = {"title":"文章","description":"複数行の文章。1行に1項目。「・」で始まる行は箇条書き、行頭の空白2つごとに1段下げ、＜…＞だけの行は小見出し、「^ 」で始まる行は中央寄せ。HTML タグは使えません（文字としてそのまま印刷されます）。","type":"string","minLength":1,"maxLength":20000};
const pattern21 = new RegExp("^[^/\\s]+/[^/\\s]+$", "u");
const pattern27 = new RegExp("^(18[6-9][0-9]|19[0-9][0-9]|2[01][0-9][0-9]|2200)$", "u");
const schema51 = {"title":"取組項目","type":"object","additionalProperties":false,"required":["label","schedule"],"properties":{"label":{"$ref":"common.schema.json#/$defs/singleLine","title":"取組項目","description":"工程表に印刷する取組項目の名前。"},"checkbox":{"title":"□印","description":"取組項目の前に□を付けるか。省略すると付ける。","type":"boolean","default":true},"heading":{"$ref":"common.schema.json#/$defs/singleLine","title":"見出し","description":"担当課の欄で使う短い名前。省略すると取組項目の名前。例: 組織体制・運営の検討"},"division":{"$ref":"common.schema.json#/$defs/divisionRef","title":"担当課","description":"この取組項目の担当課（部/課）。省略すると取組全体の担当課。"},"schedule":{"title":"工程","description":"工程の段（レーン）。ふつうは1段、同じ年度に並行する段階があれば2段以上。","type":"array","minItems":1,"maxItems":10,"items":{"$ref":"#/$defs/lane"}}}};
const schema55 = {"title":"工程の段","type":"object","additionalProperties":false,"required":["phases"],"properties":{"phases":{"title":"段階","description":"この段の段階を年度順に。同じ段で年度が重なってはいけない。","type":"array","minItems":1,"maxItems":50,"items":{"$ref":"#/$defs/phase"}}}};
const schema56 = {"title":"段階","type":"object","additionalProperties":false,"required":["label","from"],"properties":{"label":{"$ref":"common.schema.json#/$defs/singleLine","title":"段階の名前","description":"例: 実施、検討、随時実施"},"from":{"$ref":"common.schema.json#/$defs/fiscalYear","title":"開始年度","description":"この段階の最初の年度（西暦）。"},"to":{"$ref":"common.schema.json#/$defs/fiscalYear","title":"終了年度","description":"この段階の最後の年度（西暦）。省略すると開始年度と同じ。"},"arrow":{"title":"矢印","description":"「← 実施 →」のように矢印で描くか。省略すると、2年度以上にわたるときだけ矢印。","type":"boolean"},"then":{"$ref":"common.schema.json#/$defs/singleLine","title":"年度内の次の段階","description":"同じ年度の中で次の段階に移るとき。例: label: 検討, then: 順次実施 →「検討 → 順次実施」"}}};

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
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'",schema:schema56.required,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.from === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema56.required,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "label") || (key0 === "from")) || (key0 === "to")) || (key0 === "arrow")) || (key0 === "then"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema56,data};
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
const err13 = {instancePath:instancePath+"/arrow",schemaPath:"#/properties/arrow/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema56.properties.arrow.type,parentSchema:schema56.properties.arrow,data:data3};
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
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema56.type,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
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
if(data.phases === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "phases"},message:"must have required property '"+"phases"+"'",schema:schema55.required,parentSchema:schema55,data};
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
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema55,data};
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
const err2 = {instancePath:instancePath+"/phases",schemaPath:"#/properties/phases/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items",schema:50,parentSchema:schema55.properties.phases,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.length < 1){
const err3 = {instancePath:instancePath+"/phases",schemaPath:"#/properties/phases/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema55.properties.phases,data:data0};
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
if(!(validate25(data0[i0], {instancePath:instancePath+"/phases/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/phases",schemaPath:"#/properties/phases/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema55.properties.phases.type,parentSchema:schema55.properties.phases,data:data0};
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
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema55.type,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.label === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'",schema:schema51.required,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.schedule === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schedule"},message:"must have required property '"+"schedule"+"'",schema:schema51.required,parentSchema:schema51,data};
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
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema51,data};
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
const err7 = {instancePath:instancePath+"/checkbox",schemaPath:"#/properties/checkbox/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema51.properties.checkbox.type,parentSchema:schema51.properties.checkbox,data:data1};
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
if(!pattern21.test(data3)){
const err12 = {instancePath:instancePath+"/division",schemaPath:"common.schema.json#/$defs/divisionRef/pattern",keyword:"pattern",params:{pattern: "^[^/\\s]+/[^/\\s]+$"},message:"must match pattern \""+"^[^/\\s]+/[^/\\s]+$"+"\"",schema:"^[^/\\s]+/[^/\\s]+$",parentSchema:schema50,data:data3};
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
const err13 = {instancePath:instancePath+"/division",schemaPath:"common.schema.json#/$defs/divisionRef/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.type,parentSchema:schema50,data:data3};
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
const err14 = {instancePath:instancePath+"/schedule",schemaPath:"#/properties/schedule/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items",schema:10,parentSchema:schema51.properties.schedule,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data4.length < 1){
const err15 = {instancePath:instancePath+"/schedule",schemaPath:"#/properties/schedule/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema51.properties.schedule,data:data4};
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
if(!(validate24(data4[i0], {instancePath:instancePath+"/schedule/" + i0,parentData:data4,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
}
else {
const err16 = {instancePath:instancePath+"/schedule",schemaPath:"#/properties/schedule/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema51.properties.schedule.type,parentSchema:schema51.properties.schedule,data:data4};
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
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema51.type,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema64 = {"title":"検証の行","type":"object","additionalProperties":false,"required":["item","content","outcome","direction"],"properties":{"item":{"$ref":"common.schema.json#/$defs/richText","title":"取組項目","description":"別表2に印刷する取組項目の名前。"},"content":{"$ref":"common.schema.json#/$defs/richText","title":"内容","description":"取組の内容。"},"outcome":{"$ref":"common.schema.json#/$defs/richText","title":"実績・効果","description":"これまでの実績と効果。"},"direction":{"title":"区分","description":"今後の取組方向の区分の記号（report.yaml の directions の code）。例: A","type":"string","pattern":"^[A-Z]$"},"reason":{"$ref":"common.schema.json#/$defs/richText","title":"区分の理由","description":"その区分にした理由。"},"reasonSharedWithAbove":{"title":"区分の理由（上の行と共通）","description":"true にすると、上の行の区分の理由をこの行と共有し、セルを結合して印刷する。このとき reason は書かない。","type":"boolean"},"division":{"$ref":"common.schema.json#/$defs/divisionRef","title":"担当課","description":"この行の担当課（部/課）。省略すると取組全体の担当課。"}}};

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.item === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "item"},message:"must have required property '"+"item"+"'",schema:schema64.required,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.content === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "content"},message:"must have required property '"+"content"+"'",schema:schema64.required,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.outcome === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "outcome"},message:"must have required property '"+"outcome"+"'",schema:schema64.required,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.direction === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "direction"},message:"must have required property '"+"direction"+"'",schema:schema64.required,parentSchema:schema64,data};
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
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema64,data};
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
const err5 = {instancePath:instancePath+"/item",schemaPath:"common.schema.json#/$defs/richText/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters",schema:20000,parentSchema:schema61,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func2(data0) < 1){
const err6 = {instancePath:instancePath+"/item",schemaPath:"common.schema.json#/$defs/richText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema61,data:data0};
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
const err7 = {instancePath:instancePath+"/item",schemaPath:"common.schema.json#/$defs/richText/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.type,parentSchema:schema61,data:data0};
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
const err8 = {instancePath:instancePath+"/content",schemaPath:"common.schema.json#/$defs/richText/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters",schema:20000,parentSchema:schema61,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(func2(data1) < 1){
const err9 = {instancePath:instancePath+"/content",schemaPath:"common.schema.json#/$defs/richText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema61,data:data1};
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
const err10 = {instancePath:instancePath+"/content",schemaPath:"common.schema.json#/$defs/richText/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.type,parentSchema:schema61,data:data1};
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
const err11 = {instancePath:instancePath+"/outcome",schemaPath:"common.schema.json#/$defs/richText/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters",schema:20000,parentSchema:schema61,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(func2(data2) < 1){
const err12 = {instancePath:instancePath+"/outcome",schemaPath:"common.schema.json#/$defs/richText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema61,data:data2};
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
const err13 = {instancePath:instancePath+"/outcome",schemaPath:"common.schema.json#/$defs/richText/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.type,parentSchema:schema61,data:data2};
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
if(!pattern14.test(data3)){
const err14 = {instancePath:instancePath+"/direction",schemaPath:"#/properties/direction/pattern",keyword:"pattern",params:{pattern: "^[A-Z]$"},message:"must match pattern \""+"^[A-Z]$"+"\"",schema:"^[A-Z]$",parentSchema:schema64.properties.direction,data:data3};
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
const err15 = {instancePath:instancePath+"/direction",schemaPath:"#/properties/direction/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.direction.type,parentSchema:schema64.properties.direction,data:data3};
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
const err16 = {instancePath:instancePath+"/reason",schemaPath:"common.schema.json#/$defs/richText/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters",schema:20000,parentSchema:schema61,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(func2(data4) < 1){
const err17 = {instancePath:instancePath+"/reason",schemaPath:"common.schema.json#/$defs/richText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema61,data:data4};
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
const err18 = {instancePath:instancePath+"/reason",schemaPath:"common.schema.json#/$defs/richText/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.type,parentSchema:schema61,data:data4};
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
const err19 = {instancePath:instancePath+"/reasonSharedWithAbove",schemaPath:"#/properties/reasonSharedWithAbove/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema64.properties.reasonSharedWithAbove.type,parentSchema:schema64.properties.reasonSharedWithAbove,data:data5};
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
if(!pattern21.test(data6)){
const err20 = {instancePath:instancePath+"/division",schemaPath:"common.schema.json#/$defs/divisionRef/pattern",keyword:"pattern",params:{pattern: "^[^/\\s]+/[^/\\s]+$"},message:"must match pattern \""+"^[^/\\s]+/[^/\\s]+$"+"\"",schema:"^[^/\\s]+/[^/\\s]+$",parentSchema:schema50,data:data6};
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
const err21 = {instancePath:instancePath+"/division",schemaPath:"common.schema.json#/$defs/divisionRef/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.type,parentSchema:schema50,data:data6};
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
const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema64.type,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://reform.local/schema/initiative.schema.json" */;
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
if(data.number === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "number"},message:"must have required property '"+"number"+"'",schema:schema47.required,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.section === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "section"},message:"must have required property '"+"section"+"'",schema:schema47.required,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.title === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema47.required,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.items === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "items"},message:"must have required property '"+"items"+"'",schema:schema47.required,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.division === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "division"},message:"must have required property '"+"division"+"'",schema:schema47.required,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.plans === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "plans"},message:"must have required property '"+"plans"+"'",schema:schema47.required,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.results === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "results"},message:"must have required property '"+"results"+"'",schema:schema47.required,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.verification === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "verification"},message:"must have required property '"+"verification"+"'",schema:schema47.required,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema47.properties, key0))){
const err8 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.number !== undefined){
let data0 = data.number;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err9 = {instancePath:instancePath+"/number",schemaPath:"#/properties/number/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.number.type,parentSchema:schema47.properties.number,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 100000 || isNaN(data0)){
const err10 = {instancePath:instancePath+"/number",schemaPath:"#/properties/number/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000",schema:100000,parentSchema:schema47.properties.number,data:data0};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data0 < 1 || isNaN(data0)){
const err11 = {instancePath:instancePath+"/number",schemaPath:"#/properties/number/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema47.properties.number,data:data0};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.section !== undefined){
let data1 = data.section;
if(typeof data1 === "string"){
if(!pattern11.test(data1)){
const err12 = {instancePath:instancePath+"/section",schemaPath:"#/properties/section/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,20}$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{1,20}$"+"\"",schema:"^[A-Za-z0-9_-]{1,20}$",parentSchema:schema47.properties.section,data:data1};
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
const err13 = {instancePath:instancePath+"/section",schemaPath:"#/properties/section/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.section.type,parentSchema:schema47.properties.section,data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.title !== undefined){
let data2 = data.title;
if(typeof data2 === "string"){
if(func2(data2) > 500){
const err14 = {instancePath:instancePath+"/title",schemaPath:"common.schema.json#/$defs/singleLine/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema33,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(func2(data2) < 1){
const err15 = {instancePath:instancePath+"/title",schemaPath:"common.schema.json#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!pattern4.test(data2)){
const err16 = {instancePath:instancePath+"/title",schemaPath:"common.schema.json#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema33,data:data2};
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
const err17 = {instancePath:instancePath+"/title",schemaPath:"common.schema.json#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data2};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.achievedIn !== undefined){
let data3 = data.achievedIn;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err18 = {instancePath:instancePath+"/achievedIn",schemaPath:"common.schema.json#/$defs/fiscalYear/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema35.type,parentSchema:schema35,data:data3};
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
const err19 = {instancePath:instancePath+"/achievedIn",schemaPath:"common.schema.json#/$defs/fiscalYear/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2200},message:"must be <= 2200",schema:2200,parentSchema:schema35,data:data3};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data3 < 1868 || isNaN(data3)){
const err20 = {instancePath:instancePath+"/achievedIn",schemaPath:"common.schema.json#/$defs/fiscalYear/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1868},message:"must be >= 1868",schema:1868,parentSchema:schema35,data:data3};
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
if(data.division !== undefined){
let data4 = data.division;
if(typeof data4 === "string"){
if(!pattern21.test(data4)){
const err21 = {instancePath:instancePath+"/division",schemaPath:"common.schema.json#/$defs/divisionRef/pattern",keyword:"pattern",params:{pattern: "^[^/\\s]+/[^/\\s]+$"},message:"must match pattern \""+"^[^/\\s]+/[^/\\s]+$"+"\"",schema:"^[^/\\s]+/[^/\\s]+$",parentSchema:schema50,data:data4};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/division",schemaPath:"common.schema.json#/$defs/divisionRef/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.type,parentSchema:schema50,data:data4};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.items !== undefined){
let data5 = data.items;
if(Array.isArray(data5)){
if(data5.length > 100){
const err23 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema47.properties.items,data:data5};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data5.length < 1){
const err24 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema47.properties.items,data:data5};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
if(!(validate23(data5[i0], {instancePath:instancePath+"/items/" + i0,parentData:data5,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err25 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema47.properties.items.type,parentSchema:schema47.properties.items,data:data5};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.plans !== undefined){
let data7 = data.plans;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key1 in data7){
const _errs20 = errors;
if(typeof key1 === "string"){
if(!pattern27.test(key1)){
const err26 = {instancePath:instancePath+"/plans",schemaPath:"#/properties/plans/propertyNames/pattern",keyword:"pattern",params:{pattern: "^(18[6-9][0-9]|19[0-9][0-9]|2[01][0-9][0-9]|2200)$"},message:"must match pattern \""+"^(18[6-9][0-9]|19[0-9][0-9]|2[01][0-9][0-9]|2200)$"+"\"",schema:"^(18[6-9][0-9]|19[0-9][0-9]|2[01][0-9][0-9]|2200)$",parentSchema:schema47.properties.plans.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
var valid6 = _errs20 === errors;
if(!valid6){
const err27 = {instancePath:instancePath+"/plans",schemaPath:"#/properties/plans/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema47.properties.plans.propertyNames,parentSchema:schema47.properties.plans,data:data7};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
for(const key2 in data7){
let data8 = data7[key2];
if(typeof data8 === "string"){
if(func2(data8) > 20000){
const err28 = {instancePath:instancePath+"/plans/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/richText/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters",schema:20000,parentSchema:schema61,data:data8};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(func2(data8) < 1){
const err29 = {instancePath:instancePath+"/plans/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/richText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema61,data:data8};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/plans/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/richText/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.type,parentSchema:schema61,data:data8};
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
else {
const err31 = {instancePath:instancePath+"/plans",schemaPath:"#/properties/plans/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.properties.plans.type,parentSchema:schema47.properties.plans,data:data7};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.results !== undefined){
let data9 = data.results;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key3 in data9){
const _errs27 = errors;
if(typeof key3 === "string"){
if(!pattern27.test(key3)){
const err32 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/propertyNames/pattern",keyword:"pattern",params:{pattern: "^(18[6-9][0-9]|19[0-9][0-9]|2[01][0-9][0-9]|2200)$"},message:"must match pattern \""+"^(18[6-9][0-9]|19[0-9][0-9]|2[01][0-9][0-9]|2200)$"+"\"",schema:"^(18[6-9][0-9]|19[0-9][0-9]|2[01][0-9][0-9]|2200)$",parentSchema:schema47.properties.results.propertyNames,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
var valid9 = _errs27 === errors;
if(!valid9){
const err33 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid",schema:schema47.properties.results.propertyNames,parentSchema:schema47.properties.results,data:data9};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
for(const key4 in data9){
let data10 = data9[key4];
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(Object.keys(data10).length < 1){
const err34 = {instancePath:instancePath+"/results/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/results/additionalProperties/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema47.properties.results.additionalProperties,data:data10};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
for(const key5 in data10){
if(!((key5 === "firstHalf") || (key5 === "fullYear"))){
const err35 = {instancePath:instancePath+"/results/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/results/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema47.properties.results.additionalProperties,data:data10};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data10.firstHalf !== undefined){
let data11 = data10.firstHalf;
if(typeof data11 === "string"){
if(func2(data11) > 20000){
const err36 = {instancePath:instancePath+"/results/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/firstHalf",schemaPath:"common.schema.json#/$defs/richText/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters",schema:20000,parentSchema:schema61,data:data11};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(func2(data11) < 1){
const err37 = {instancePath:instancePath+"/results/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/firstHalf",schemaPath:"common.schema.json#/$defs/richText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema61,data:data11};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/results/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/firstHalf",schemaPath:"common.schema.json#/$defs/richText/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.type,parentSchema:schema61,data:data11};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data10.fullYear !== undefined){
let data12 = data10.fullYear;
if(typeof data12 === "string"){
if(func2(data12) > 20000){
const err39 = {instancePath:instancePath+"/results/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/fullYear",schemaPath:"common.schema.json#/$defs/richText/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters",schema:20000,parentSchema:schema61,data:data12};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(func2(data12) < 1){
const err40 = {instancePath:instancePath+"/results/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/fullYear",schemaPath:"common.schema.json#/$defs/richText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema61,data:data12};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/results/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/fullYear",schemaPath:"common.schema.json#/$defs/richText/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.type,parentSchema:schema61,data:data12};
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
else {
const err42 = {instancePath:instancePath+"/results/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/results/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.properties.results.additionalProperties.type,parentSchema:schema47.properties.results.additionalProperties,data:data10};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
else {
const err43 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.properties.results.type,parentSchema:schema47.properties.results,data:data9};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.verification !== undefined){
let data13 = data.verification;
if(Array.isArray(data13)){
if(data13.length > 100){
const err44 = {instancePath:instancePath+"/verification",schemaPath:"#/properties/verification/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema47.properties.verification,data:data13};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data13.length < 1){
const err45 = {instancePath:instancePath+"/verification",schemaPath:"#/properties/verification/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema47.properties.verification,data:data13};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
const len1 = data13.length;
for(let i1=0; i1<len1; i1++){
if(!(validate29(data13[i1], {instancePath:instancePath+"/verification/" + i1,parentData:data13,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
}
}
else {
const err46 = {instancePath:instancePath+"/verification",schemaPath:"#/properties/verification/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema47.properties.verification.type,parentSchema:schema47.properties.verification,data:data13};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.type,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

