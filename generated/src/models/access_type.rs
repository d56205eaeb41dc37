//! `AccessType`, from `beta/schemas/AccessType.yaml`.
crate::string_enum! {
    #[doc = " Access type of API Client indicating online or offline use"] pub enum
    AccessType { #[doc = " `ONLINE`"] Online = "ONLINE", #[doc = " `OFFLINE`"] Offline =
    "OFFLINE", }
}
