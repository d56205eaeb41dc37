//! `Approvalreference`, from `apis/approvals/schemas/approvalreference.yaml`.

/// Reference objects related to the approval
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Approvalreference {
    /// Id of the reference object
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// What reference object does this ID correspond to
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Name of the reference object
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Email associated with the reference object
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The serial step of the identity in the approval. For example serialOrder 1 is the first identity to action in an approval request chain. Parallel approvals are set to 0.
    #[serde(rename = "serialOrder", skip_serializing_if = "Option::is_none")]
    pub serial_order: Option<i64>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Approvalreference {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Approvalreference {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Approvalreference {
    const NAME: &'static str = "Approvalreference";

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
            "type" => self.r#type = map.next_value_seed(crate::lenient::TextOption)?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "email" => self.email = map.next_value_seed(crate::lenient::TextOption)?,
            "serialOrder" => self.serial_order = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
