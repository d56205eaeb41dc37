//! `Eventattributes`, from `apis/workflows/schemas/eventattributes.yaml`.

/// Attributes related to an IdentityNow ETS event
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Eventattributes {
    /// The unique ID of the trigger
    pub id: Option<String>,
    /// JSON path expression that will limit which events the trigger will fire on
    #[serde(rename = "filter.$", skip_serializing_if = "Option::is_none")]
    pub filter: Option<String>,
    /// Description of the event trigger
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The attribute to filter on
    #[serde(rename = "attributeToFilter", skip_serializing_if = "Option::is_none")]
    pub attribute_to_filter: Option<String>,
    /// Form definition's unique identifier.
    #[serde(rename = "formDefinitionId", skip_serializing_if = "Option::is_none")]
    pub form_definition_id: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Eventattributes {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Eventattributes {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Eventattributes {
    const NAME: &'static str = "Eventattributes";

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
            "filter.$" => self.filter = map.next_value_seed(crate::lenient::TextOption)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "attributeToFilter" => {
                self.attribute_to_filter = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "formDefinitionId" => {
                self.form_definition_id = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
