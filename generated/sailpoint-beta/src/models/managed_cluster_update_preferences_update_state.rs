//! `ManagedClusterUpdatePreferencesUpdateState`, from `beta/schemas/ManagedCluster.yaml#/properties/updatePreferences/properties/updateState`.

/// The current updateState for the cluster
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ManagedClusterUpdatePreferencesUpdateState {
    /// `AUTO`
    Auto,
    /// `DISABLED`
    Disabled,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ManagedClusterUpdatePreferencesUpdateState {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ManagedClusterUpdatePreferencesUpdateState::Auto => "AUTO",
            ManagedClusterUpdatePreferencesUpdateState::Disabled => "DISABLED",
            ManagedClusterUpdatePreferencesUpdateState::Unknown(value) => value,
        }
    }
}

impl From<&str> for ManagedClusterUpdatePreferencesUpdateState {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "AUTO" => ManagedClusterUpdatePreferencesUpdateState::Auto,
            "DISABLED" => ManagedClusterUpdatePreferencesUpdateState::Disabled,
            other => {
                ManagedClusterUpdatePreferencesUpdateState::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(ManagedClusterUpdatePreferencesUpdateState);
