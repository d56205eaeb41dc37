//! `TransformType`, from `beta/schemas/Transform.yaml`.
crate::string_enum! {
    #[doc = " The type of transform operation"] pub enum TransformType { #[doc =
    " `accountAttribute`"] AccountAttribute = "accountAttribute", #[doc =
    " `base64Decode`"] Base64Decode = "base64Decode", #[doc = " `base64Encode`"]
    Base64Encode = "base64Encode", #[doc = " `concat`"] Concat = "concat", #[doc =
    " `conditional`"] Conditional = "conditional", #[doc = " `dateCompare`"] DateCompare
    = "dateCompare", #[doc = " `dateFormat`"] DateFormat = "dateFormat", #[doc =
    " `dateMath`"] DateMath = "dateMath", #[doc = " `decomposeDiacriticalMarks`"]
    DecomposeDiacriticalMarks = "decomposeDiacriticalMarks", #[doc = " `e164phone`"]
    E164phone = "e164phone", #[doc = " `firstValid`"] FirstValid = "firstValid", #[doc =
    " `rule`"] Rule = "rule", #[doc = " `identityAttribute`"] IdentityAttribute =
    "identityAttribute", #[doc = " `indexOf`"] IndexOf = "indexOf", #[doc = " `iso3166`"]
    Iso3166 = "iso3166", #[doc = " `lastIndexOf`"] LastIndexOf = "lastIndexOf", #[doc =
    " `leftPad`"] LeftPad = "leftPad", #[doc = " `lookup`"] Lookup = "lookup", #[doc =
    " `lower`"] Lower = "lower", #[doc = " `normalizeNames`"] NormalizeNames =
    "normalizeNames", #[doc = " `randomAlphaNumeric`"] RandomAlphaNumeric =
    "randomAlphaNumeric", #[doc = " `randomNumeric`"] RandomNumeric = "randomNumeric",
    #[doc = " `reference`"] Reference = "reference", #[doc = " `replaceAll`"] ReplaceAll
    = "replaceAll", #[doc = " `replace`"] Replace = "replace", #[doc = " `rightPad`"]
    RightPad = "rightPad", #[doc = " `split`"] Split = "split", #[doc = " `static`"]
    Static = "static", #[doc = " `substring`"] Substring = "substring", #[doc =
    " `trim`"] Trim = "trim", #[doc = " `upper`"] Upper = "upper", #[doc =
    " `usernameGenerator`"] UsernameGenerator = "usernameGenerator", #[doc = " `uuid`"]
    Uuid = "uuid", #[doc = " `displayName`"] DisplayName = "displayName", #[doc =
    " `rfc5646`"] Rfc5646 = "rfc5646", }
}
