//! `V2024SodViolationContextCheckCompletedState`, from `v2024/schemas/SodViolationContextCheckCompleted.yaml`.
crate::string_enum! {
    #[doc = " The status of SOD violation check"] pub enum
    V2024SodViolationContextCheckCompletedState { #[doc = " `SUCCESS`"] Success =
    "SUCCESS", #[doc = " `ERROR`"] Error = "ERROR", }
}
