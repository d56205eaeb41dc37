//! `Parameterstorageupdateparameter`, from `apis/parameter-storage/schemas/parameterstorageupdateparameter.yaml`.

/// An existing parameter that needs to be updated. The type cannot be changed once the parameter is created.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Parameterstorageupdateparameter {
    /// The UUID of the parameter owner.
    #[serde(rename = "ownerId", skip_serializing_if = "Option::is_none")]
    pub owner_id: Option<String>,
    /// The human-readable name for the parameter.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The public fields that can be stored with this parameter.
    ///
    /// The spec declares an object, but its example is not one, so any JSON value is read there.
    #[serde(rename = "publicFields", skip_serializing_if = "Option::is_none")]
    pub public_fields: Option<serde_json::Value>,
    /// The private fields that can be stored with this parameter.
    #[serde(rename = "privateFields", skip_serializing_if = "Option::is_none")]
    pub private_fields: Option<String>,
    /// Describe the parameter
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Parameterstorageupdateparameter {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Parameterstorageupdateparameter {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Parameterstorageupdateparameter {
    const NAME: &'static str = "Parameterstorageupdateparameter";

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
            "ownerId" => self.owner_id = map.next_value_seed(crate::lenient::TextOption)?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "publicFields" => self.public_fields = map.next_value()?,
            "privateFields" => {
                self.private_fields = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
