//! `GetDiscoveredApplicationsDetail`, from `beta/paths/discovered-applications.yaml#/get`.
crate::string_enum! {
    #[doc = " `GetDiscoveredApplicationsDetail` as the spec defines it."] pub enum
    GetDiscoveredApplicationsDetail { #[doc = " `SLIM`"] Slim = "SLIM", #[doc =
    " `FULL`"] Full = "FULL", }
}
