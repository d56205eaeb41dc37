//! `GetAccessRequestIdentityMetricsType`, from `beta/paths/access-request-identity-metrics.yaml#/get`.
crate::string_enum! {
    #[doc = " Access item's type."] pub enum GetAccessRequestIdentityMetricsType { #[doc
    = " `ENTITLEMENT`"] Entitlement = "ENTITLEMENT", #[doc = " `ACCESS_PROFILE`"]
    AccessProfile = "ACCESS_PROFILE", #[doc = " `ROLE`"] Role = "ROLE", }
}
