//! `LifecycleownerrefType`, from `apis/machine-identities-lifecycle-actions/schemas/lifecycleownerref.yaml#/properties/type`.

/// Owner reference type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum LifecycleownerrefType {
    /// `IDENTITY`
    Identity,
    /// `WORKGROUP`
    Workgroup,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl LifecycleownerrefType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            LifecycleownerrefType::Identity => "IDENTITY",
            LifecycleownerrefType::Workgroup => "WORKGROUP",
            LifecycleownerrefType::Unknown(value) => value,
        }
    }
}

impl From<&str> for LifecycleownerrefType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => LifecycleownerrefType::Identity,
            "WORKGROUP" => LifecycleownerrefType::Workgroup,
            other => LifecycleownerrefType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(LifecycleownerrefType);
