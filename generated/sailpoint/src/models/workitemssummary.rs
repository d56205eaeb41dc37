//! `Workitemssummary`, from `apis/work-items/schemas/workitemssummary.yaml`.

/// `Workitemssummary` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Workitemssummary {
    /// The count of open work items
    #[serde(skip_serializing_if = "Option::is_none")]
    pub open: Option<i64>,
    /// The count of completed work items
    #[serde(skip_serializing_if = "Option::is_none")]
    pub completed: Option<i64>,
    /// The count of total work items
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Workitemssummary {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Workitemssummary {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Workitemssummary {
    const NAME: &'static str = "Workitemssummary";

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
            "open" => self.open = map.next_value()?,
            "completed" => self.completed = map.next_value()?,
            "total" => self.total = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
