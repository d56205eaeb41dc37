//! `Bulkapproveentitlementrecommendationitem`, from `apis/suggested-entitlement-description/schemas/bulkapproveentitlementrecommendationitem.yaml`.

use crate::models::BulkapproveentitlementrecommendationitemRecordType;

/// A single item in a bulk entitlement recommendation approval request. The recordType is optional; the backend resolves the type by ID lookup when omitted. Description applies to SED items only; privilegeLevel is required for privilege items.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Bulkapproveentitlementrecommendationitem {
    /// The unique identifier of the recommendation record to approve.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// The type of the recommendation. When omitted, the backend resolves the type by looking up the ID.
    #[serde(rename = "recordType", skip_serializing_if = "Option::is_none")]
    pub record_type: Option<BulkapproveentitlementrecommendationitemRecordType>,
    /// The approved description text. Required for SED-type items; ignored for privilege items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The approved privilege level. Required for privilege-type items; ignored for SED items.
    #[serde(rename = "privilegeLevel", skip_serializing_if = "Option::is_none")]
    pub privilege_level: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Bulkapproveentitlementrecommendationitem {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(id: impl Into<String>) -> Self {
        Bulkapproveentitlementrecommendationitem {
            id: id.into(),
            record_type: None,
            description: None,
            privilege_level: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Bulkapproveentitlementrecommendationitem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Bulkapproveentitlementrecommendationitem {
    const NAME: &'static str = "Bulkapproveentitlementrecommendationitem";

    #[inline]
    fn empty() -> Self {
        Bulkapproveentitlementrecommendationitem {
            id: Default::default(),
            record_type: None,
            description: None,
            privilege_level: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "id" => self.id = map.next_value_seed(crate::lenient::Text)?,
            "recordType" => self.record_type = map.next_value()?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "privilegeLevel" => {
                self.privilege_level = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
