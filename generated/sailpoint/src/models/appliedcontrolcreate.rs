//! `Appliedcontrolcreate`, from `apis/sod-violations/schemas/appliedcontrolcreate.yaml`.

/// Data needed to apply a compensating control to a policy violation.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Appliedcontrolcreate {
    /// The unique identifier of the compensating control to apply.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub control: String,
    /// Optional comments to capture when applying the control.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comments: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Appliedcontrolcreate {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(control: impl Into<String>) -> Self {
        Appliedcontrolcreate {
            control: control.into(),
            comments: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Appliedcontrolcreate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Appliedcontrolcreate {
    const NAME: &'static str = "Appliedcontrolcreate";

    #[inline]
    fn empty() -> Self {
        Appliedcontrolcreate {
            control: Default::default(),
            comments: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "control" => self.control = map.next_value_seed(crate::lenient::Text)?,
            "comments" => {
                self.comments = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
