//! `Rolebulkdeleterequest`, from `apis/roles/schemas/rolebulkdeleterequest.yaml`.

/// `Rolebulkdeleterequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Rolebulkdeleterequest {
    /// List of IDs of Roles to be deleted.
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(rename = "roleIds")]
    pub role_ids: Vec<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Rolebulkdeleterequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(role_ids: Vec<String>) -> Self {
        Rolebulkdeleterequest {
            role_ids,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Rolebulkdeleterequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Rolebulkdeleterequest {
    const NAME: &'static str = "Rolebulkdeleterequest";

    #[inline]
    fn empty() -> Self {
        Rolebulkdeleterequest {
            role_ids: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "roleIds" => {
                self.role_ids = map.next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
