//! `SodViolationContextCheckCompletedState`, from `beta/schemas/SodViolationContextCheckCompleted.yaml`.
crate::string_enum! {
    #[doc = " The status of SOD violation check"] pub enum
    SodViolationContextCheckCompletedState { #[doc = " `SUCCESS`"] Success = "SUCCESS",
    #[doc = " `ERROR`"] Error = "ERROR", }
}
