//! `Sedassignee`, from `apis/suggested-entitlement-description/schemas/sedassignee.yaml`.

use crate::models::SedassigneeType;

/// Sed Assignee
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Sedassignee {
    /// Type of assignment
    /// When value is PERSONA, the value MUST be SOURCE_OWNER or ENTITLEMENT_OWNER
    /// IDENTITY SED_ASSIGNEE_IDENTITY_TYPE
    /// GROUP SED_ASSIGNEE_GROUP_TYPE
    /// SOURCE_OWNER SED_ASSIGNEE_SOURCE_OWNER_TYPE
    /// ENTITLEMENT_OWNER SED_ASSIGNEE_ENTITLEMENT_OWNER_TYPE
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<SedassigneeType>,
    /// Identity or Group identifier
    /// Empty when using source/entitlement owner personas
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Sedassignee {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(r#type: SedassigneeType) -> Self {
        Sedassignee {
            r#type: Some(r#type),
            value: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Sedassignee {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Sedassignee {
    const NAME: &'static str = "Sedassignee";

    #[inline]
    fn empty() -> Self {
        Sedassignee {
            r#type: None,
            value: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "type" => self.r#type = map.next_value()?,
            "value" => self.value = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
