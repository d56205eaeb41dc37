//! `Privilegedrecommendationinstance`, from `apis/suggested-entitlement-description/schemas/privilegedrecommendationinstance.yaml`.

/// An individual entitlement instance within a privileged recommendation group.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Privilegedrecommendationinstance {
    /// The unique identifier for this entitlement instance.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The entitlement attribute name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attribute: Option<String>,
    /// The ID of the source that owns this entitlement.
    #[serde(rename = "sourceId", skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// The display name of the source.
    #[serde(rename = "sourceName", skip_serializing_if = "Option::is_none")]
    pub source_name: Option<String>,
    /// The entitlement type.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// The entitlement value or distinguished name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// The current review status of this instance.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The currently assigned privilege level, if any.
    #[serde(rename = "privilegeLevel", skip_serializing_if = "Option::is_none")]
    pub privilege_level: Option<String>,
    /// The current description of the entitlement, if one exists.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The timestamp when this instance was recommended.
    #[serde(rename = "recommendedAt", skip_serializing_if = "Option::is_none")]
    pub recommended_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Privilegedrecommendationinstance {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Privilegedrecommendationinstance {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Privilegedrecommendationinstance {
    const NAME: &'static str = "Privilegedrecommendationinstance";

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
            "attribute" => {
                self.attribute = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "sourceId" => {
                self.source_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "sourceName" => {
                self.source_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "type" => self.r#type = map.next_value_seed(crate::lenient::TextOption)?,
            "value" => self.value = map.next_value_seed(crate::lenient::TextOption)?,
            "status" => self.status = map.next_value_seed(crate::lenient::TextOption)?,
            "privilegeLevel" => {
                self.privilege_level = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "recommendedAt" => {
                self.recommended_at = map.next_value_seed(crate::datetime::Optional)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
