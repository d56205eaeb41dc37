//! `SlimDiscoveredApplicationsRiskLevel`, from `beta/schemas/SlimDiscoveredApplications.yaml`.
crate::string_enum! {
    #[doc = " The risk level of the application."] pub enum
    SlimDiscoveredApplicationsRiskLevel { #[doc = " `High`"] High = "High", #[doc =
    " `Medium`"] Medium = "Medium", #[doc = " `Low`"] Low = "Low", }
}
