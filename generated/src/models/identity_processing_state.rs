//! `IdentityProcessingState`, from `beta/schemas/Identity.yaml`.
crate::string_enum! {
    #[doc = " The processing state of the identity"] pub enum IdentityProcessingState {
    #[doc = " `ERROR`"] Error = "ERROR", #[doc = " `OK`"] Ok = "OK", }
}
