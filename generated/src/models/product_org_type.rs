//! `ProductOrgType`, from `beta/schemas/Product.yaml`.
crate::string_enum! {
    #[doc = " Type of org"] pub enum ProductOrgType { #[doc = " `development`"]
    Development = "development", #[doc = " `staging`"] Staging = "staging", #[doc =
    " `production`"] Production = "production", #[doc = " `test`"] Test = "test", #[doc =
    " `partner`"] Partner = "partner", #[doc = " `training`"] Training = "training",
    #[doc = " `demonstration`"] Demonstration = "demonstration", #[doc = " `sandbox`"]
    Sandbox = "sandbox", }
}
