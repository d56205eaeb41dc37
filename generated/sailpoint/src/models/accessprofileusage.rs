//! `Accessprofileusage`, from `apis/access-profiles/schemas/accessprofileusage.yaml`.

use crate::models::AccessprofileusageUsedByInner;

/// `Accessprofileusage` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Accessprofileusage {
    /// ID of the Access Profile that is in use
    #[serde(rename = "accessProfileId", skip_serializing_if = "Option::is_none")]
    pub access_profile_id: Option<String>,
    /// List of references to objects which are using the indicated Access Profile
    #[serde(rename = "usedBy", skip_serializing_if = "Option::is_none")]
    pub used_by: Option<Vec<AccessprofileusageUsedByInner>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Accessprofileusage {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Accessprofileusage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Accessprofileusage {
    const NAME: &'static str = "Accessprofileusage";

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
            "accessProfileId" => {
                self.access_profile_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "usedBy" => self.used_by = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
