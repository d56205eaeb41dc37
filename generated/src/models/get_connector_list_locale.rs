//! `GetConnectorListLocale`, from `beta/paths/connectors.yaml#/get`.
crate::string_enum! {
    #[doc = " `GetConnectorListLocale` as the spec defines it."] pub enum
    GetConnectorListLocale { #[doc = " `de`"] De = "de", #[doc = " `no`"] No = "no",
    #[doc = " `fi`"] Fi = "fi", #[doc = " `sv`"] Sv = "sv", #[doc = " `ru`"] Ru = "ru",
    #[doc = " `pt`"] Pt = "pt", #[doc = " `ko`"] Ko = "ko", #[doc = " `zh-TW`"] ZhTw =
    "zh-TW", #[doc = " `en`"] En = "en", #[doc = " `it`"] It = "it", #[doc = " `fr`"] Fr
    = "fr", #[doc = " `zh-CN`"] ZhCn = "zh-CN", #[doc = " `hu`"] Hu = "hu", #[doc =
    " `es`"] Es = "es", #[doc = " `cs`"] Cs = "cs", #[doc = " `ja`"] Ja = "ja", #[doc =
    " `pl`"] Pl = "pl", #[doc = " `da`"] Da = "da", #[doc = " `nl`"] Nl = "nl", }
}
