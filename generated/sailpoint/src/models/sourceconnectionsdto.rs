//! `Sourceconnectionsdto`, from `apis/sources/schemas/sourceconnectionsdto.yaml`.

use crate::models::{
    Dependantappconnections, Dependantconnectionsmissingdto, Identityprofilesconnections,
    Transformread,
};

/// `Sourceconnectionsdto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Sourceconnectionsdto {
    /// The IdentityProfile attached to this source
    #[serde(rename = "identityProfiles", skip_serializing_if = "Option::is_none")]
    pub identity_profiles: Option<Vec<Identityprofilesconnections>>,
    /// Name of the CredentialProfile attached to this source
    #[serde(rename = "credentialProfiles", skip_serializing_if = "Option::is_none")]
    pub credential_profiles: Option<Vec<String>>,
    /// The attributes attached to this source
    #[serde(rename = "sourceAttributes", skip_serializing_if = "Option::is_none")]
    pub source_attributes: Option<Vec<String>>,
    /// The profiles attached to this source
    #[serde(rename = "mappingProfiles", skip_serializing_if = "Option::is_none")]
    pub mapping_profiles: Option<Vec<String>>,
    /// A list of custom transforms associated with this source. A transform will be considered associated with a source if any attributes of the transform specify the source as the sourceName.
    #[serde(
        rename = "dependentCustomTransforms",
        skip_serializing_if = "Option::is_none"
    )]
    pub dependent_custom_transforms: Option<Vec<Transformread>>,
    #[serde(rename = "dependentApps", skip_serializing_if = "Option::is_none")]
    pub dependent_apps: Option<Vec<Dependantappconnections>>,
    #[serde(rename = "missingDependents", skip_serializing_if = "Option::is_none")]
    pub missing_dependents: Option<Vec<Dependantconnectionsmissingdto>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Sourceconnectionsdto {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Sourceconnectionsdto {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Sourceconnectionsdto {
    const NAME: &'static str = "Sourceconnectionsdto";

    #[inline]
    fn empty() -> Self {
        Self::default()
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "identityProfiles" => self.identity_profiles = map.next_value()?,
            "credentialProfiles" => self.credential_profiles = map.next_value()?,
            "sourceAttributes" => self.source_attributes = map.next_value()?,
            "mappingProfiles" => self.mapping_profiles = map.next_value()?,
            "dependentCustomTransforms" => {
                self.dependent_custom_transforms = map.next_value()?;
            }
            "dependentApps" => self.dependent_apps = map.next_value()?,
            "missingDependents" => self.missing_dependents = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
