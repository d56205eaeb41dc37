//! `Spconfigobject`, from `apis/sp-config/schemas/spconfigobject.yaml`.

use crate::models::Spconfigrules;

/// Response model for object configuration.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Spconfigobject {
    /// Object type the configuration is for.
    #[serde(rename = "objectType", skip_serializing_if = "Option::is_none")]
    pub object_type: Option<String>,
    /// List of JSON paths within an exported object of this type, representing references that must be resolved.
    #[serde(rename = "referenceExtractors", skip_serializing_if = "Option::is_none")]
    pub reference_extractors: Option<Vec<String>>,
    /// Indicates whether this type of object will be JWS signed and cannot be modified before import.
    #[serde(rename = "signatureRequired", skip_serializing_if = "Option::is_none")]
    pub signature_required: Option<bool>,
    /// Indicates whether this object type must be always be resolved by ID.
    #[serde(rename = "alwaysResolveById", skip_serializing_if = "Option::is_none")]
    pub always_resolve_by_id: Option<bool>,
    /// Indicates whether this is a legacy object.
    #[serde(rename = "legacyObject", skip_serializing_if = "Option::is_none")]
    pub legacy_object: Option<bool>,
    /// Indicates whether there is only one object of this type.
    #[serde(rename = "onePerTenant", skip_serializing_if = "Option::is_none")]
    pub one_per_tenant: Option<bool>,
    /// Indicates whether the object can be exported or is just a reference object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exportable: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rules: Option<Spconfigrules>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Spconfigobject {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Spconfigobject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Spconfigobject {
    const NAME: &'static str = "Spconfigobject";

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
            "objectType" => {
                self.object_type = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "referenceExtractors" => self.reference_extractors = map.next_value()?,
            "signatureRequired" => {
                self.signature_required = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "alwaysResolveById" => {
                self.always_resolve_by_id = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "legacyObject" => {
                self.legacy_object = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "onePerTenant" => {
                self.one_per_tenant = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "exportable" => {
                self.exportable = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "rules" => self.rules = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
