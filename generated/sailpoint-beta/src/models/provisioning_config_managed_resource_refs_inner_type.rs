//! `ProvisioningConfigManagedResourceRefsInnerType`, from `beta/schemas/ProvisioningConfig.yaml#/properties/managedResourceRefs/items/properties/type`.

/// The type of object being referenced
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ProvisioningConfigManagedResourceRefsInnerType {
    /// `SOURCE`
    Source,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ProvisioningConfigManagedResourceRefsInnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ProvisioningConfigManagedResourceRefsInnerType::Source => "SOURCE",
            ProvisioningConfigManagedResourceRefsInnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ProvisioningConfigManagedResourceRefsInnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SOURCE" => ProvisioningConfigManagedResourceRefsInnerType::Source,
            other => {
                ProvisioningConfigManagedResourceRefsInnerType::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(ProvisioningConfigManagedResourceRefsInnerType);
