//! `ConnectorrulevalidationresponseDetailsInner`, from `apis/connector-rule-management/schemas/connectorrulevalidationresponse.yaml#/properties/details/items`.

/// CodeErrorDetail
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ConnectorrulevalidationresponseDetailsInner {
    /// The line number where the issue occurred
    ///
    /// A server's absent or `null` member reads as `0`.
    pub line: i64,
    /// the column number where the issue occurred
    ///
    /// A server's absent or `null` member reads as `0`.
    pub column: i64,
    /// a description of the issue in the code
    #[serde(skip_serializing_if = "Option::is_none")]
    pub messsage: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ConnectorrulevalidationresponseDetailsInner {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(line: i64, column: i64) -> Self {
        ConnectorrulevalidationresponseDetailsInner {
            line,
            column,
            messsage: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for ConnectorrulevalidationresponseDetailsInner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for ConnectorrulevalidationresponseDetailsInner {
    const NAME: &'static str = "ConnectorrulevalidationresponseDetailsInner";

    #[inline]
    fn empty() -> Self {
        ConnectorrulevalidationresponseDetailsInner {
            line: Default::default(),
            column: Default::default(),
            messsage: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "line" => {
                self.line = map.next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "column" => {
                self.column = map.next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "messsage" => {
                self.messsage = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
