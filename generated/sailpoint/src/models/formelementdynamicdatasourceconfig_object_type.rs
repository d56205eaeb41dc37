//! `FormelementdynamicdatasourceconfigObjectType`, from `apis/custom-forms/schemas/formelementdynamicdatasourceconfig.yaml#/properties/objectType`.

/// ObjectType is a PreDefinedSelectOption value
/// IDENTITY PreDefinedSelectOptionIdentity
/// ACCESS_PROFILE PreDefinedSelectOptionAccessProfile
/// SOURCES PreDefinedSelectOptionSources
/// ROLE PreDefinedSelectOptionRole
/// ENTITLEMENT PreDefinedSelectOptionEntitlement
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum FormelementdynamicdatasourceconfigObjectType {
    /// `IDENTITY`
    Identity,
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `SOURCES`
    Sources,
    /// `ROLE`
    Role,
    /// `ENTITLEMENT`
    Entitlement,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl FormelementdynamicdatasourceconfigObjectType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            FormelementdynamicdatasourceconfigObjectType::Identity => "IDENTITY",
            FormelementdynamicdatasourceconfigObjectType::AccessProfile => {
                "ACCESS_PROFILE"
            }
            FormelementdynamicdatasourceconfigObjectType::Sources => "SOURCES",
            FormelementdynamicdatasourceconfigObjectType::Role => "ROLE",
            FormelementdynamicdatasourceconfigObjectType::Entitlement => "ENTITLEMENT",
            FormelementdynamicdatasourceconfigObjectType::Unknown(value) => value,
        }
    }
}

impl From<&str> for FormelementdynamicdatasourceconfigObjectType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => FormelementdynamicdatasourceconfigObjectType::Identity,
            "ACCESS_PROFILE" => {
                FormelementdynamicdatasourceconfigObjectType::AccessProfile
            }
            "SOURCES" => FormelementdynamicdatasourceconfigObjectType::Sources,
            "ROLE" => FormelementdynamicdatasourceconfigObjectType::Role,
            "ENTITLEMENT" => FormelementdynamicdatasourceconfigObjectType::Entitlement,
            other => {
                FormelementdynamicdatasourceconfigObjectType::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(FormelementdynamicdatasourceconfigObjectType);
