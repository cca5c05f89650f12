"""Domain models shared by the client, the cache and the reference server (pydantic v2)."""
from .api import *  # noqa: F403
from .common import *  # noqa: F403
from .customer import *  # noqa: F403
from .location import *  # noqa: F403
from .order import *  # noqa: F403
from .pickup import *  # noqa: F403
from .product import *  # noqa: F403
from .dashboard import *  # noqa: F403
