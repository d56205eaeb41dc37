//! `PatchJitActivationConfigV1ConfigType`, from `apis/jit-access/paths/jit-activation-config-v1-by-configtype.yaml#/patch/parameters/0/schema`.

/// `PatchJitActivationConfigV1ConfigType` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum PatchJitActivationConfigV1ConfigType {
    /// `policy`
    Policy,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl PatchJitActivationConfigV1ConfigType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            PatchJitActivationConfigV1ConfigType::Policy => "policy",
            PatchJitActivationConfigV1ConfigType::Unknown(value) => value,
        }
    }
}

impl From<&str> for PatchJitActivationConfigV1ConfigType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "policy" => PatchJitActivationConfigV1ConfigType::Policy,
            other => PatchJitActivationConfigV1ConfigType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(PatchJitActivationConfigV1ConfigType);
