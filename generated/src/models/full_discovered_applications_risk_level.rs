//! `FullDiscoveredApplicationsRiskLevel`, from `beta/schemas/FullDiscoveredApplications.yaml`.
crate::string_enum! {
    #[doc = " The risk level of the application."] pub enum
    FullDiscoveredApplicationsRiskLevel { #[doc = " `High`"] High = "High", #[doc =
    " `Medium`"] Medium = "Medium", #[doc = " `Low`"] Low = "Low", }
}
