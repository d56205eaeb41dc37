//! `Sed`, from `apis/suggested-entitlement-description/schemas/sed.yaml`.

/// Suggested Entitlement Description
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Sed {
    /// name of the entitlement
    #[serde(rename = "Name", skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// entitlement approved by
    #[serde(skip_serializing_if = "Option::is_none")]
    pub approved_by: Option<String>,
    /// entitlement approved type
    #[serde(skip_serializing_if = "Option::is_none")]
    pub approved_type: Option<String>,
    /// entitlement approved then
    #[serde(skip_serializing_if = "Option::is_none")]
    pub approved_when: Option<chrono::DateTime<chrono::Utc>>,
    /// entitlement attribute
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attribute: Option<String>,
    /// description of entitlement
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// entitlement display name
    #[serde(rename = "displayName", skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// sed id
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// entitlement source id
    #[serde(rename = "sourceId", skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// entitlement source name
    #[serde(rename = "sourceName", skip_serializing_if = "Option::is_none")]
    pub source_name: Option<String>,
    /// entitlement status
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// llm suggested entitlement description
    #[serde(rename = "suggestedDescription", skip_serializing_if = "Option::is_none")]
    pub suggested_description: Option<String>,
    /// entitlement type
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// entitlement value
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Sed {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Sed {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Sed {
    const NAME: &'static str = "Sed";

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
            "Name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "approved_by" => {
                self.approved_by = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "approved_type" => {
                self.approved_type = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "approved_when" => {
                self.approved_when = map.next_value_seed(crate::datetime::Optional)?;
            }
            "attribute" => {
                self.attribute = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "displayName" => {
                self.display_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "sourceId" => {
                self.source_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "sourceName" => {
                self.source_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "status" => self.status = map.next_value_seed(crate::lenient::TextOption)?,
            "suggestedDescription" => {
                self.suggested_description = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "type" => self.r#type = map.next_value_seed(crate::lenient::TextOption)?,
            "value" => self.value = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
