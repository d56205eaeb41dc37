//! `SpConfigRuleModesInner`, from `beta/schemas/SpConfigRule.yaml`.
crate::string_enum! {
    #[doc = " `SpConfigRuleModesInner` as the spec defines it."] pub enum
    SpConfigRuleModesInner { #[doc = " `RESTORE`"] Restore = "RESTORE", #[doc =
    " `PROMOTE`"] Promote = "PROMOTE", #[doc = " `UPLOAD`"] Upload = "UPLOAD", }
}
