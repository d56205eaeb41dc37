//! `ManagedclusterUpdatePreferencesUpdateState`, from `apis/managed-clusters/schemas/managedcluster.yaml#/properties/updatePreferences/properties/updateState`.

/// The current updateState for the cluster
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ManagedclusterUpdatePreferencesUpdateState {
    /// `AUTO`
    Auto,
    /// `DISABLED`
    Disabled,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ManagedclusterUpdatePreferencesUpdateState {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ManagedclusterUpdatePreferencesUpdateState::Auto => "AUTO",
            ManagedclusterUpdatePreferencesUpdateState::Disabled => "DISABLED",
            ManagedclusterUpdatePreferencesUpdateState::Unknown(value) => value,
        }
    }
}

impl From<&str> for ManagedclusterUpdatePreferencesUpdateState {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "AUTO" => ManagedclusterUpdatePreferencesUpdateState::Auto,
            "DISABLED" => ManagedclusterUpdatePreferencesUpdateState::Disabled,
            other => {
                ManagedclusterUpdatePreferencesUpdateState::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(ManagedclusterUpdatePreferencesUpdateState);
