//! `MfaConfigTestResponseState`, from `v3/schemas/MfaConfigTestResponse.yaml`.
crate::string_enum! {
    #[doc = " The configuration test result."] pub enum MfaConfigTestResponseState {
    #[doc = " `SUCCESS`"] Success = "SUCCESS", #[doc = " `FAILED`"] Failed = "FAILED", }
}
