//! `ClientType`, from `beta/schemas/ClientType.yaml`.
crate::string_enum! {
    #[doc = " Type of an API Client indicating public or confidentials use"] pub enum
    ClientType { #[doc = " `CONFIDENTIAL`"] Confidential = "CONFIDENTIAL", #[doc =
    " `PUBLIC`"] Public = "PUBLIC", }
}
