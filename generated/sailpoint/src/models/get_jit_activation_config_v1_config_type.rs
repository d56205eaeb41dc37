//! `GetJitActivationConfigV1ConfigType`, from `apis/jit-access/paths/jit-activation-config-v1-by-configtype.yaml#/get/parameters/0/schema`.

/// `GetJitActivationConfigV1ConfigType` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GetJitActivationConfigV1ConfigType {
    /// `policy`
    Policy,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl GetJitActivationConfigV1ConfigType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            GetJitActivationConfigV1ConfigType::Policy => "policy",
            GetJitActivationConfigV1ConfigType::Unknown(value) => value,
        }
    }
}

impl From<&str> for GetJitActivationConfigV1ConfigType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "policy" => GetJitActivationConfigV1ConfigType::Policy,
            other => GetJitActivationConfigV1ConfigType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(GetJitActivationConfigV1ConfigType);
