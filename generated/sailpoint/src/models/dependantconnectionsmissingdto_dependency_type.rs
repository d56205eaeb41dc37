//! `DependantconnectionsmissingdtoDependencyType`, from `apis/sources/schemas/dependantconnectionsmissingdto.yaml#/properties/dependencyType`.

/// The type of dependency type that is missing in the SourceConnections
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DependantconnectionsmissingdtoDependencyType {
    /// `identityProfiles`
    IdentityProfiles,
    /// `credentialProfiles`
    CredentialProfiles,
    /// `mappingProfiles`
    MappingProfiles,
    /// `sourceAttributes`
    SourceAttributes,
    /// `dependantCustomTransforms`
    DependantCustomTransforms,
    /// `dependantApps`
    DependantApps,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl DependantconnectionsmissingdtoDependencyType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            DependantconnectionsmissingdtoDependencyType::IdentityProfiles => {
                "identityProfiles"
            }
            DependantconnectionsmissingdtoDependencyType::CredentialProfiles => {
                "credentialProfiles"
            }
            DependantconnectionsmissingdtoDependencyType::MappingProfiles => {
                "mappingProfiles"
            }
            DependantconnectionsmissingdtoDependencyType::SourceAttributes => {
                "sourceAttributes"
            }
            DependantconnectionsmissingdtoDependencyType::DependantCustomTransforms => {
                "dependantCustomTransforms"
            }
            DependantconnectionsmissingdtoDependencyType::DependantApps => {
                "dependantApps"
            }
            DependantconnectionsmissingdtoDependencyType::Unknown(value) => value,
        }
    }
}

impl From<&str> for DependantconnectionsmissingdtoDependencyType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "identityProfiles" => {
                DependantconnectionsmissingdtoDependencyType::IdentityProfiles
            }
            "credentialProfiles" => {
                DependantconnectionsmissingdtoDependencyType::CredentialProfiles
            }
            "mappingProfiles" => {
                DependantconnectionsmissingdtoDependencyType::MappingProfiles
            }
            "sourceAttributes" => {
                DependantconnectionsmissingdtoDependencyType::SourceAttributes
            }
            "dependantCustomTransforms" => {
                DependantconnectionsmissingdtoDependencyType::DependantCustomTransforms
            }
            "dependantApps" => {
                DependantconnectionsmissingdtoDependencyType::DependantApps
            }
            other => {
                DependantconnectionsmissingdtoDependencyType::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(DependantconnectionsmissingdtoDependencyType);
