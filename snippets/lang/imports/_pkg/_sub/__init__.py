from .. import LEVEL as PARENT_LEVEL
