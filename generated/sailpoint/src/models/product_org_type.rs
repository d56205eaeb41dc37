//! `ProductOrgType`, from `apis/tenant/schemas/product.yaml#/properties/orgType`.

/// Type of org
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ProductOrgType {
    /// `development`
    Development,
    /// `staging`
    Staging,
    /// `production`
    Production,
    /// `test`
    Test,
    /// `partner`
    Partner,
    /// `training`
    Training,
    /// `demonstration`
    Demonstration,
    /// `sandbox`
    Sandbox,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ProductOrgType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ProductOrgType::Development => "development",
            ProductOrgType::Staging => "staging",
            ProductOrgType::Production => "production",
            ProductOrgType::Test => "test",
            ProductOrgType::Partner => "partner",
            ProductOrgType::Training => "training",
            ProductOrgType::Demonstration => "demonstration",
            ProductOrgType::Sandbox => "sandbox",
            ProductOrgType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ProductOrgType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "development" => ProductOrgType::Development,
            "staging" => ProductOrgType::Staging,
            "production" => ProductOrgType::Production,
            "test" => ProductOrgType::Test,
            "partner" => ProductOrgType::Partner,
            "training" => ProductOrgType::Training,
            "demonstration" => ProductOrgType::Demonstration,
            "sandbox" => ProductOrgType::Sandbox,
            other => ProductOrgType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ProductOrgType);
