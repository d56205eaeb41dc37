//! `StatusResponseStatus`, from `beta/schemas/StatusResponse.yaml`.
crate::string_enum! {
    #[doc = " The status of the health check."] pub enum StatusResponseStatus { #[doc =
    " `SUCCESS`"] Success = "SUCCESS", #[doc = " `FAILURE`"] Failure = "FAILURE", }
}
