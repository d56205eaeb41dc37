//! `Entitlementconnectionsearchhitentitlement`, from `apis/entitlement-connections/schemas/entitlementconnectionsearchhitentitlement.yaml`.

use crate::models::EntitlementconnectionsearchhitentitlementPrivilegeLevel;

/// Entitlement object embedded in entitlement connection search responses.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Entitlementconnectionsearchhitentitlement {
    /// Entitlement identifier.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Entitlement name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Human-readable entitlement label.
    #[serde(rename = "displayName", skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Entitlement description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Source attribute carrying entitlement values.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attribute: Option<String>,
    /// Source entitlement value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Source schema object type for the entitlement.
    #[serde(rename = "sourceSchemaObjectType", skip_serializing_if = "Option::is_none")]
    pub source_schema_object_type: Option<String>,
    /// Privilege classification details for the entitlement.
    #[serde(rename = "privilegeLevel", skip_serializing_if = "Option::is_none")]
    pub privilege_level: Option<EntitlementconnectionsearchhitentitlementPrivilegeLevel>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Entitlementconnectionsearchhitentitlement {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Entitlementconnectionsearchhitentitlement {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Entitlementconnectionsearchhitentitlement {
    const NAME: &'static str = "Entitlementconnectionsearchhitentitlement";

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
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "displayName" => {
                self.display_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "attribute" => {
                self.attribute = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "value" => self.value = map.next_value_seed(crate::lenient::TextOption)?,
            "sourceSchemaObjectType" => {
                self.source_schema_object_type = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "privilegeLevel" => self.privilege_level = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
