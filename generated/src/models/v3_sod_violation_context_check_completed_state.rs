//! `V3SodViolationContextCheckCompletedState`, from `v3/schemas/SodViolationContextCheckCompleted.yaml`.
crate::string_enum! {
    #[doc = " The status of SOD violation check"] pub enum
    V3SodViolationContextCheckCompletedState { #[doc = " `SUCCESS`"] Success = "SUCCESS",
    #[doc = " `ERROR`"] Error = "ERROR", }
}
