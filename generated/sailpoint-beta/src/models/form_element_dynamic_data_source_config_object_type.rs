//! `FormElementDynamicDataSourceConfigObjectType`, from `beta/schemas/forms/FormElementDynamicDataSourceConfig.yaml#/properties/objectType`.

/// ObjectType is a PreDefinedSelectOption value
/// IDENTITY PreDefinedSelectOptionIdentity
/// ACCESS_PROFILE PreDefinedSelectOptionAccessProfile
/// SOURCES PreDefinedSelectOptionSources
/// ROLE PreDefinedSelectOptionRole
/// ENTITLEMENT PreDefinedSelectOptionEntitlement
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum FormElementDynamicDataSourceConfigObjectType {
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

impl FormElementDynamicDataSourceConfigObjectType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            FormElementDynamicDataSourceConfigObjectType::Identity => "IDENTITY",
            FormElementDynamicDataSourceConfigObjectType::AccessProfile => {
                "ACCESS_PROFILE"
            }
            FormElementDynamicDataSourceConfigObjectType::Sources => "SOURCES",
            FormElementDynamicDataSourceConfigObjectType::Role => "ROLE",
            FormElementDynamicDataSourceConfigObjectType::Entitlement => "ENTITLEMENT",
            FormElementDynamicDataSourceConfigObjectType::Unknown(value) => value,
        }
    }
}

impl From<&str> for FormElementDynamicDataSourceConfigObjectType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => FormElementDynamicDataSourceConfigObjectType::Identity,
            "ACCESS_PROFILE" => {
                FormElementDynamicDataSourceConfigObjectType::AccessProfile
            }
            "SOURCES" => FormElementDynamicDataSourceConfigObjectType::Sources,
            "ROLE" => FormElementDynamicDataSourceConfigObjectType::Role,
            "ENTITLEMENT" => FormElementDynamicDataSourceConfigObjectType::Entitlement,
            other => {
                FormElementDynamicDataSourceConfigObjectType::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(FormElementDynamicDataSourceConfigObjectType);
